import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClients, type TestApp, type TestClient } from '#test/api.ts';
import { PASSWORD, seedOrganisation, type SeededOrg } from '#test/fixtures.ts';
import { seedMentoring, type SeededMentoring } from '#test/fixtures-mentoring.ts';

let t: TestApp;
let org: SeededOrg;
let seeded: SeededMentoring;
let as: (person: { id: string; email: string }) => Promise<TestClient>;

const dayIn = (timeZone: string, daysFromNow = 0) =>
  new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(new Date(Date.now() + daysFromNow * 86_400_000));
const sydney = (daysFromNow = 0) => dayIn('Australia/Sydney', daysFromNow);
const pairUrl = () => `/api/orgs/${org.orgId}/mentoring/pairs/${seeded.pairId}`;

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Pair Space Hospital');
  seeded = await seedMentoring(t.deps.db, org);
  as = signedInClients(t.app, PASSWORD);
});
afterAll(() => t.close());

describe('logging a meeting', () => {
  const log = (happenedOn: string) => ({ happenedOn, format: 'video', topics: ['exams'] });

  it('takes today or an earlier day since the pair began, in the organisation’s time zone, and names the field otherwise', async () => {
    // Matched ten days ago (in Sydney).
    await t.deps.database.pool.query("UPDATE mentoring_pairs SET created_at = now() - interval '10 days' WHERE id = $1", [seeded.pairId]);
    const mentee = await as(org.member);
    const meeting = `${pairUrl()}/meetings/${seeded.meetingId}`;
    for (const happenedOn of [sydney(1), sydney(90), '2031-03-01']) {
      const future = await mentee.put(meeting, log(happenedOn));
      expect(future.statusCode, happenedOn).toBe(400);
      expect(future.json().error).toMatchObject({ field: 'happenedOn', message: expect.stringContaining('today or an earlier day') });
    }
    for (const happenedOn of [sydney(-11), '1999-06-01']) {
      const before = await mentee.put(meeting, log(happenedOn));
      expect(before.statusCode, happenedOn).toBe(400);
      expect(before.json().error).toMatchObject({ field: 'happenedOn', message: expect.stringMatching(/^You were matched on \d+ \w+ \d{4}: choose that day or later$/) });
    }
    const pair = (await mentee.get(pairUrl())).json();
    expect(pair.startedOn).toBe(sydney(-10));
    expect(pair.meetings[0].happenedOn).toBeNull();

    expect((await mentee.put(meeting, log(sydney(-10)))).json().meetings[0].happenedOn).toBe(sydney(-10));
    // Changing the log is held to the same days.
    const mentor = await as(org.admin);
    expect((await mentor.put(meeting, log(sydney(1)))).statusCode).toBe(400);
    expect((await mentor.put(meeting, log(sydney()))).json().meetings[0].happenedOn).toBe(sydney());
  });
});
