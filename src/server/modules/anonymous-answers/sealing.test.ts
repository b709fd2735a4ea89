import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackAnswerPool, mentoringPairs } from '#db/schema/index.ts';
import { sealerFor } from '#db/seal.ts';
import { answerKey } from '#server/answer-key.ts';
import { readConfig } from '#server/config.ts';
import { sealHeldAnswers } from '#server/start-services.ts';
import { createTestApp, signedInClients, type TestApp, type TestClient } from '#test/api.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';
import { seedPublishedProgram } from '#test/fixtures-mentoring.ts';
import { heldSealed } from '#test/unlinkable.ts';

// Privacy rule 3: answers held until a batch of 5 exists are sealed with a key outside the database.
// Here: answers held in the clear before sealing began are sealed on start and still released; an
// answer sealed with a lost key stays held, uncounted, and blocks nothing; the key file is made once.

let t: TestApp;
let org: SeededOrg;
let programId: string;
let as: (person: SeededPerson) => Promise<TestClient>;
const people: SeededPerson[] = [];
const query = async (text: string, values: unknown[] = []) => (await t.deps.database.pool.query(text, values)).rows;
const answer = (comment: string) => ({ useful: 4, metAsPlanned: 3, recommend: true, comment });
const CLEAR = ['org_id', 'program_id', 'round'];

beforeAll(async () => {
  t = await createTestApp();
  as = signedInClients(t.app, PASSWORD);
  org = await seedOrganisation(t.deps.db, 'Sealing Hospital');
  // Ends in 10 days: both the mid-point and the end round are open.
  programId = await seedPublishedProgram(t.deps.db, org, { endsInDays: 10 });
  const mentor = await addPerson(t.deps.db, org, { key: 'sealing-mentor', careerStage: 'pgy2' });
  people.push(mentor);
  for (let i = 0; i < 6; i++) {
    const mentee = await addPerson(t.deps.db, org, { key: `sealing-mentee-${i}`, careerStage: 'pgy1' });
    people.push(mentee);
    await t.deps.db
      .insert(mentoringPairs)
      .values({ orgId: org.orgId, programId, mentorId: mentor.id, menteeId: mentee.id, score: 1 });
  }
});
afterAll(() => t.close());

const feedback = (round: 'midpoint' | 'end') =>
  `/api/orgs/${org.orgId}/mentoring/programs/${programId}/feedback/${round}`;

describe('sealed held answers', () => {
  it('seals answers held in the clear before sealing began, and releases them with later ones', async () => {
    const legacy = ['held before sealing 1', 'held before sealing 2', 'held before sealing 3'];
    await t.deps.db
      .insert(feedbackAnswerPool)
      .values(
        legacy.map((comment) => ({ orgId: org.orgId, programId, round: 'midpoint' as const, ...answer(comment) })),
      );
    expect((await heldSealed(t, 'feedback_answer_pool', CLEAR, legacy)).readable).not.toEqual([]);

    expect(await sealHeldAnswers(t.deps)).toBe(3);
    expect(await heldSealed(t, 'feedback_answer_pool', CLEAR, legacy)).toEqual({ rows: 3, readable: [] });
    expect(await sealHeldAnswers(t.deps), 'a second start finds nothing to seal').toBe(0);

    // Two answers through the app make five in the round: all five are released, readable.
    for (const [i, person] of people.slice(0, 2).entries())
      expect((await (await as(person)).post(feedback('midpoint'), answer(`given after sealing ${i}`))).statusCode).toBe(
        204,
      );
    const released = await query(
      `SELECT comment FROM feedback_responses WHERE program_id = $1 AND round = 'midpoint'`,
      [programId],
    );
    expect(released.map((r) => r.comment).sort()).toEqual(
      [...legacy, 'given after sealing 0', 'given after sealing 1'].sort(),
    );
    expect(await query(`SELECT * FROM feedback_answer_pool WHERE round = 'midpoint'`)).toEqual([]);
  });

  it('keeps an answer sealed with a lost key held and uncounted, and releases the others', async () => {
    const lost = sealerFor(randomBytes(32));
    const sealed = lost.seal(
      JSON.stringify({ useful: 1, met_as_planned: 1, recommend: false, comment: 'sealed with a lost key' }),
    );
    await t.deps.db.insert(feedbackAnswerPool).values({ orgId: org.orgId, programId, round: 'end', sealed });
    // Four answers and the unreadable one make five rows, but only four can be read: nothing is released.
    for (const [i, person] of people.slice(0, 4).entries())
      expect((await (await as(person)).post(feedback('end'), answer(`end ${i}`))).statusCode).toBe(204);
    expect(await query(`SELECT * FROM feedback_responses WHERE round = 'end'`)).toEqual([]);
    // The fifth readable answer releases the five readable ones; the unreadable one stays.
    expect((await (await as(people[4]!)).post(feedback('end'), answer('end 4'))).statusCode).toBe(204);
    const released = await query(`SELECT comment FROM feedback_responses WHERE program_id = $1 AND round = 'end'`, [
      programId,
    ]);
    expect(released.map((r) => r.comment).sort()).toEqual(['end 0', 'end 1', 'end 2', 'end 3', 'end 4']);
    expect(await query(`SELECT sealed FROM feedback_answer_pool WHERE round = 'end'`)).toEqual([{ sealed }]);
  });
});

describe('the answer key', () => {
  it('is made once in the data folder, readable by its owner only, and read again on the next start', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'kindred-key-'));
    try {
      const first = await answerKey({ dataDir, answerKey: undefined });
      expect(first).toHaveLength(32);
      expect((await stat(path.join(dataDir, 'answer-key'))).mode & 0o777).toBe(0o600);
      const again = await Promise.all([
        answerKey({ dataDir, answerKey: undefined }),
        answerKey({ dataDir, answerKey: undefined }),
      ]);
      expect(again.map((k) => k.equals(first))).toEqual([true, true]);
      expect(
        Buffer.from((await readFile(path.join(dataDir, 'answer-key'), 'utf8')).trim(), 'base64').equals(first),
      ).toBe(true);
      await writeFile(path.join(dataDir, 'answer-key'), 'not a key\n');
      await expect(answerKey({ dataDir, answerKey: undefined })).rejects.toThrow(/32-byte key/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('comes from ANSWER_KEY when set, which must be 32 bytes in base64', () => {
    const key = randomBytes(32);
    expect(readConfig({ ANSWER_KEY: key.toString('base64') } as NodeJS.ProcessEnv).answerKey?.equals(key)).toBe(true);
    expect(() => readConfig({ ANSWER_KEY: 'too-short' } as NodeJS.ProcessEnv)).toThrow(/ANSWER_KEY: must be 32 bytes/);
  });
});
