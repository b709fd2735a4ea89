import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import { givenFeedback, givenRunningProgram } from '#test/fixtures-mentoring.ts';
import { columnTypes, heldSealed, logWhile, sequenceColumns } from '#test/unlinkable.ts';
import { releaseHeldFeedback } from './feedback.ts';
import { orgToday } from '../organisation/index.ts';

let t: TestApp;
/** Rows of one program in a feedback table (other tests' programs share the file's database). */
const rowsOf = async (programId: string, select: string) =>
  (await t.deps.database.pool.query(`${select} WHERE program_id = $1 ORDER BY ctid`, [programId])).rows;

/** The k-th mid-point answer to arrive: "useful" and the comment fall as k rises. */
const answerOf = (k: number) => ({
  useful: 5 - (k % 5),
  metAsPlanned: 1 + (k % 5),
  recommend: k % 2 === 0,
  comment: `comment ${String.fromCharCode(106 - k)}`,
});
const endAnswer = { useful: 3, metAsPlanned: 3, recommend: true, comment: 'An end-of-program answer' };

/** Both rounds open: the mid-point long ago, the end of the program in 10 days. Mentees 0-3 have mentor 0, 4-7 mentor 1. */
const givenBothRoundsOpen = () => givenRunningProgram(t, { endsInDays: 10, mentors: 2, mentees: 8 });

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('anonymous mentoring feedback', () => {
  it('takes each person’s answer to a round once, even sent twice at the same moment; others get 404, bad input 400 naming the field', async () => {
    const { as, mentees, org, program, programId } = await givenBothRoundsOpen();
    const url = `${program}/feedback/midpoint`;
    const bad = await (await as(mentees[0]!)).post(url, { ...answerOf(0), metAsPlanned: 0 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('metAsPlanned');
    const both = await Promise.all([
      (await as(mentees[0]!)).post(url, answerOf(0)),
      (await as(mentees[0]!)).post(url, answerOf(0)),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('already_answered');
    expect(await rowsOf(programId, `SELECT * FROM feedback_answer_pool`)).toHaveLength(1);
    const status = (await (await as(mentees[0]!)).get(`${program}/feedback`)).json();
    expect(status.rounds).toEqual([
      expect.objectContaining({ round: 'midpoint', answered: true }),
      expect.objectContaining({ round: 'end', open: true, answered: false }),
    ]);
    const outsider = await as(org.member);
    expect((await outsider.post(url, answerOf(1))).statusCode).toBe(404);
  });

  it('stores answers where nothing joins them back to a person: not columns, transaction ids, physical order, sequences or logs', async () => {
    const world = await givenBothRoundsOpen();
    const { as, mentees, mentors, org, program, programId } = world;
    const query = (select: string) => rowsOf(programId, select);
    await givenFeedback(world, [mentees[0]!], 'midpoint', answerOf(0));
    // Columns: answers hold no person, pair, side or time finer than the day; "has answered" holds no answer and no time.
    const columns = (table: string) => columnTypes(t, table);
    const answerColumns = ['comment', 'met_as_planned', 'org_id', 'program_id', 'recommend', 'round', 'useful'];
    expect(Object.keys(await columns('feedback_answer_pool')).sort()).toEqual([...answerColumns, 'sealed'].sort());
    expect(Object.keys(await columns('feedback_responses')).sort()).toEqual([...answerColumns, 'released_on'].sort());
    expect((await columns('feedback_responses')).released_on).toBe('date');
    expect(Object.keys(await columns('feedback_submissions')).sort()).toEqual([
      'org_id',
      'person_id',
      'program_id',
      'round',
    ]);
    // Sequences: none feeds these tables.
    expect(await sequenceColumns(t, 'feedback')).toEqual([]);

    // Logs: capture every line the app writes while someone answers.
    const log = await logWhile(t, mentees[1]!, async (client) => {
      expect((await client.post(`${program}/feedback/midpoint`, answerOf(1))).statusCode).toBe(204);
    });
    expect(log).toContain('/feedback/midpoint');
    for (const secret of [answerOf(1).comment, mentees[1]!.id, mentees[1]!.email]) expect(log).not.toContain(secret);

    // One answer to the other round in between: the program's rows are written together, rounds and all.
    expect((await (await as(mentees[2]!)).post(`${program}/feedback/end`, endAnswer)).statusCode).toBe(204);
    expect((await (await as(mentees[3]!)).post(`${program}/feedback/midpoint`, answerOf(2))).statusCode).toBe(204);
    expect((await (await as(mentors[0]!)).post(`${program}/feedback/midpoint`, answerOf(3))).statusCode).toBe(204);

    // Held: 4 mid-point answers and 1 end answer, 5 in all but no round has 5, so nothing is released.
    // Every "has answered" row of the program and every held answer carry the same transaction id.
    expect(await query(`SELECT * FROM feedback_responses`)).toEqual([]);
    const held = await query(`SELECT xmin::text AS x, round, sealed FROM feedback_answer_pool`);
    const submitted = await query(`SELECT xmin::text AS x, round, person_id FROM feedback_submissions`);
    expect(held).toHaveLength(5);
    expect(submitted).toHaveLength(5);
    expect(new Set([...held, ...submitted].map((r) => r.x)).size).toBe(1);
    // Held answers are sealed with the key outside the database: only the round can be read.
    const comments = [
      answerOf(0).comment,
      answerOf(1).comment,
      answerOf(2).comment,
      answerOf(3).comment,
      endAnswer.comment,
    ];
    // Every held answer of the database is sealed, those of other tests' programs too.
    const heldAnywhere = (await t.deps.database.pool.query('SELECT 1 FROM feedback_answer_pool')).rowCount;
    expect(await heldSealed(t, 'feedback_answer_pool', ['org_id', 'program_id', 'round'], comments)).toEqual({
      rows: heldAnywhere,
      readable: [],
    });
    // Physical order is round, then sealed text (random), for held answers, and round-then-id order ("has answered"), never arrival order.
    expect(held.map((r) => r.round)).toEqual(['end', 'midpoint', 'midpoint', 'midpoint', 'midpoint']);
    const midpointSealed = held.filter((r) => r.round === 'midpoint').map((r) => r.sealed);
    expect(midpointSealed).toEqual([...midpointSealed].sort());
    const byRoundAndId = [...submitted].sort(
      (a, b) => a.round.localeCompare(b.round) || (a.person_id < b.person_id ? -1 : 1),
    );
    expect(submitted.map((r) => r.person_id)).toEqual(byRoundAndId.map((r) => r.person_id));

    // The fifth mid-point answer releases that round's five, in one later transaction, dated by the day only.
    // The end answer stays held, rewritten in the same transaction.
    expect((await (await as(mentees[4]!)).post(`${program}/feedback/midpoint`, answerOf(4))).statusCode).toBe(204);
    const answers = await query(`SELECT xmin::text AS x, round, released_on::text, useful FROM feedback_responses`);
    const stillHeld = await query(`SELECT xmin::text AS x, round FROM feedback_answer_pool`);
    const after = await query(`SELECT xmin::text AS x FROM feedback_submissions`);
    expect(answers).toHaveLength(5);
    expect(stillHeld.map((r) => r.round)).toEqual(['end']);
    expect(after).toHaveLength(6);
    expect(new Set([...answers, ...stillHeld, ...after].map((r) => r.x)).size).toBe(1);
    expect(new Set(answers.map((r) => r.released_on))).toEqual(new Set([await orgToday(t.deps.db, org.orgId)]));

    // Pairing the i-th "has answered" row with the i-th answer (arrival order) gets nothing right:
    // the answers came with falling "useful" and are stored rising.
    expect([0, 1, 2, 3, 4].map((k) => answerOf(k).useful)).toEqual([5, 4, 3, 2, 1]);
    expect(answers.map((r) => r.useful)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps answers out of the report until their round has 5 to release, and still reminds those who have not answered', async () => {
    const world = await givenBothRoundsOpen();
    const { as, mentees, mentors, coordinator, program, programId } = world;
    // Five mid-point answers, released (their "useful" falls from 5 to 1), and one end answer, held.
    const answered = [mentees[0]!, mentees[1]!, mentees[3]!, mentors[0]!, mentees[4]!];
    for (const [k, person] of answered.entries()) await givenFeedback(world, [person], 'midpoint', answerOf(k));
    await givenFeedback(world, [mentees[2]!], 'end', endAnswer);
    const report = async () => (await coordinator.get(`${program}/report`)).json().feedback;
    const midpoint = { responses: { suppressed: false, value: 5 }, meanUseful: { suppressed: false, value: 3 } };
    expect(await report()).toMatchObject([
      midpoint,
      { round: 'end', responses: { suppressed: true, value: null }, comments: [] },
    ]);

    // Three more mid-point answers are held: the report does not move, and no job releases them.
    const lastThree = mentees.slice(5);
    expect(lastThree).toHaveLength(3);
    for (const [k, mentee] of lastThree.entries()) {
      expect(
        (await (await as(mentee)).post(`${program}/feedback/midpoint`, { ...answerOf(k), comment: `held ${k}` }))
          .statusCode,
      ).toBe(204);
    }
    expect(await releaseHeldFeedback(t.deps)).toBe(0);
    const [mid] = await report();
    expect(mid).toMatchObject(midpoint);
    expect(mid.comments).toHaveLength(5);
    expect(mid.comments.some((c: string) => c.startsWith('held'))).toBe(false);

    // Reminders read "has answered", held answers included: of 10 people, the other mentor and mentee 2 remain.
    expect((await coordinator.post(`${program}/feedback/midpoint/invitations`)).json().invited).toBe(2);
    for (const person of [mentors[1]!, mentees[2]!])
      expect((await (await as(person)).post(`${program}/feedback/midpoint`, answerOf(4))).statusCode).toBe(204);
    expect((await report())[0].responses).toEqual({ suppressed: false, value: 10 });
    expect((await coordinator.post(`${program}/feedback/midpoint/invitations`)).json().invited).toBe(0);

    // The end round releases by itself once it has five.
    for (const person of [mentees[0]!, mentees[1]!, mentees[3]!])
      await (await as(person)).post(`${program}/feedback/end`, endAnswer);
    expect((await report())[1].responses).toEqual({ suppressed: true, value: null });
    await (await as(mentors[1]!)).post(`${program}/feedback/end`, endAnswer);
    expect((await report())[1]).toMatchObject({
      responses: { suppressed: false, value: 5 },
      meanUseful: { value: 3 },
      recommendPercent: { value: 100 },
    });
    expect(await rowsOf(programId, `SELECT * FROM feedback_answer_pool`)).toEqual([]);
  });
});
