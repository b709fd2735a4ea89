import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClients, TestClient, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';
import { columnTypes, heldSealed, logWhile, sequenceColumns } from '#test/unlinkable.ts';
import { releaseHeldAnswers, sendSurveyInvitations } from './surveys.ts';

let t: TestApp;
let org: SeededOrg;
let coordinator: TestClient;
let as: (person: SeededPerson) => Promise<TestClient>;
let programId: string;
let groupId: string;
let sessionId: string;
const members: SeededPerson[] = [];
const api = () => `/api/orgs/${org.orgId}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const query = async (text: string, values: unknown[] = []) => (await t.deps.database.pool.query(text, values)).rows;

/** A session that took place yesterday, with the given people having said they would come. */
async function pastSession(group: string, number: number, comers: SeededPerson[]) {
  const [row] = await query(
    `INSERT INTO group_sessions (org_id, group_id, series, number, starts_at, duration_minutes, location_kind, location_detail)
     VALUES ($1, $2, 99, $3, now() - interval '1 day', 45, 'room', 'Room 4') RETURNING id`,
    [org.orgId, group, number],
  );
  for (const p of comers) await query(`INSERT INTO session_rsvps (org_id, session_id, person_id, response) VALUES ($1, $2, $3, 'yes')`, [org.orgId, row.id, p.id]);
  return row.id as string;
}

const answerOf = (i: number) => ({ helpful: 5 - (i % 5), lessAlone: 1 + (i % 5), ableToCope: 3, change: `change ${String.fromCharCode(106 - i)}` });

beforeAll(async () => {
  t = await createTestApp();
  as = signedInClients(t.app, PASSWORD);
  org = await seedOrganisation(t.deps.db, 'Survey Hospital');
  coordinator = new TestClient(t.app);
  await coordinator.signIn(org.coordinator.email, PASSWORD);
  programId = (await coordinator.post(`${api()}/group-programs`, { template: 'returning_to_work' })).json().id;
  const group = await coordinator.post(`${api()}/group-programs/${programId}/groups`, { name: 'Back from leave', firstSessionOn: day(2), startTime: '12:30', location: { kind: 'room', detail: 'Room 4' } });
  groupId = group.json().id;
  for (let i = 0; i < 6; i++) {
    const p = await addPerson(t.deps.db, org, { key: `returner-${i}`, careerStage: 'registrar' });
    members.push(p);
    await (await as(p)).post(`${api()}/groups/${groupId}/membership`);
  }
  sessionId = await pastSession(groupId, 0, members.slice(0, 5));
});
afterAll(() => t.close());

describe('the anonymous survey after a session', () => {
  it('invites everyone who came, once, however often the job runs', async () => {
    const fac = await addPerson(t.deps.db, org, { key: 'fac-faye', careerStage: 'consultant', roles: ['member', 'facilitator'] });
    await coordinator.put(`${api()}/groups/${groupId}/facilitators`, { personIds: [fac.id] });
    // Before the register is taken, those who said they would come are invited.
    const [a, b] = await Promise.all([sendSurveyInvitations(t.deps), sendSurveyInvitations(t.deps)]);
    expect(a + b).toBe(1);
    expect(await sendSurveyInvitations(t.deps)).toBe(0);
    for (const p of members.slice(0, 5)) expect((await t.mail.next(p.email, { subject: /how was the session/ })).text).toContain('anonymous');
    expect((await (await as(members[5]!)).get(`${api()}/group-surveys`)).json().surveys).toEqual([]);
    // The sixth member did not RSVP but came: the facilitator's register counts them in, and invites them at once.
    const register = `${api()}/groups/${groupId}/sessions/${sessionId}/attendance`;
    expect((await (await as(fac)).put(register, { personIds: members.map((m) => m.id) })).statusCode).toBe(204);
    expect((await t.mail.next(members[5]!.email, { subject: /how was the session/ })).text).toContain('anonymous');
    // Taking the register again invites nobody twice.
    expect((await (await as(fac)).put(register, { personIds: members.map((m) => m.id) })).statusCode).toBe(204);
    expect(t.mail.messages.filter((m) => /how was the session/.test(m.subject))).toHaveLength(6);
    const open = (await (await as(members[5]!)).get(`${api()}/group-surveys`)).json().surveys;
    expect(open).toEqual([expect.objectContaining({ sessionId, group: { id: groupId, name: 'Back from leave' } })]);
  });

  it('lets the register decide once taken: someone who said yes but is not on it cannot answer', async () => {
    const fac = await addPerson(t.deps.db, org, { key: 'fac-gil', careerStage: 'consultant', roles: ['member', 'facilitator'] });
    await coordinator.put(`${api()}/groups/${groupId}/facilitators`, { personIds: [fac.id] });
    // Members 1 and 2 said yes to another session; only member 2 came.
    const other = await pastSession(groupId, 1, [members[1]!, members[2]!]);
    const listed = async (person: SeededPerson) => (await (await as(person)).get(`${api()}/group-surveys`)).json().surveys.map((x: { sessionId: string }) => x.sessionId);
    expect(await listed(members[1]!)).toContain(other);
    expect((await (await as(fac)).put(`${api()}/groups/${groupId}/sessions/${other}/attendance`, { personIds: [members[2]!.id] })).statusCode).toBe(204);
    expect(await listed(members[1]!)).not.toContain(other);
    expect(await listed(members[2]!)).toContain(other);
    const absent = await (await as(members[1]!)).post(`${api()}/groups/${groupId}/sessions/${other}/survey`, answerOf(1));
    expect(absent.statusCode).toBe(404);
    expect(await query(`SELECT * FROM survey_submissions WHERE session_id = $1`, [other])).toEqual([]);
  });

  it('takes each attendee’s answer once, even sent twice at the same moment; others get 404, bad input 400 naming the field', async () => {
    const url = `${api()}/groups/${groupId}/sessions/${sessionId}/survey`;
    const bad = await (await as(members[0]!)).post(url, { ...answerOf(0), lessAlone: 6 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('lessAlone');
    const both = await Promise.all([(await as(members[0]!)).post(url, answerOf(0)), (await as(members[0]!)).post(url, answerOf(0))]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('already_answered');
    const outsider = await (await as(await addPerson(t.deps.db, org, { key: 'not-there', careerStage: 'pgy1' }))).post(url, answerOf(1));
    expect(outsider.statusCode).toBe(404);
    expect((await (await as(members[0]!)).get(`${api()}/group-surveys`)).json().surveys).toEqual([]);
  });

  it('stores answers where nothing joins them back to a person: not columns, transaction ids, physical order, sequences or logs', async () => {
    const url = `${api()}/groups/${groupId}/sessions/${sessionId}/survey`;
    // Columns: answers hold no person, no session, no time finer than the day; "has answered" holds no answer and no time.
    const columns = (table: string) => columnTypes(t, table);
    for (const table of ['survey_answers', 'survey_answer_pool']) {
      const c = await columns(table);
      expect(Object.keys(c).sort(), table).toEqual(['able_to_cope', 'change', 'group_id', 'helpful', 'less_alone', 'org_id', 'program_id', ...(table === 'survey_answers' ? ['released_on'] : ['sealed'])].sort());
      expect(Object.values(c), table).not.toContain('timestamp with time zone');
    }
    expect(Object.keys(await columns('survey_submissions')).sort()).toEqual(['org_id', 'person_id', 'session_id']);
    // Sequences: none feeds these tables.
    expect(await sequenceColumns(t, 'survey')).toEqual([]);

    // Logs: capture every line the app writes while someone answers.
    const log = await logWhile(t, members[1]!, async (client) => {
      expect((await client.post(url, answerOf(1))).statusCode).toBe(204);
    });
    expect(log).toContain('/survey');
    for (const secret of [answerOf(1).change, members[1]!.id, members[1]!.email]) expect(log).not.toContain(secret);

    for (const i of [2, 3]) expect((await (await as(members[i]!)).post(url, answerOf(i))).statusCode).toBe(204);

    // Held: four answers, no release yet; every "has answered" row of the group and every held answer
    // carry the same transaction id, so xmin pairs nobody with anything.
    expect(await query(`SELECT * FROM survey_answers`)).toEqual([]);
    const held = await query(`SELECT xmin::text AS x, ctid::text AS c, sealed FROM survey_answer_pool ORDER BY ctid`);
    const submitted = await query(`SELECT xmin::text AS x, ctid::text AS c, person_id FROM survey_submissions ORDER BY ctid`);
    expect(held).toHaveLength(4);
    expect(submitted).toHaveLength(4);
    expect(new Set([...held, ...submitted].map((r) => r.x)).size).toBe(1);
    // Held answers are sealed with the key outside the database: full database access reads none of
    // them, so the first answer of a group cannot be read off next to its one "has answered" row.
    expect(await heldSealed(t, 'survey_answer_pool', ['org_id', 'program_id', 'group_id'], [0, 1, 2, 3].map((i) => answerOf(i).change))).toEqual({ rows: 4, readable: [] });
    expect(new Set(held.map((r) => r.sealed.length)).size, 'sealed answers all have one length').toBe(1);
    // Physical order is sealed-text order (held answers: random) and id order ("has answered"), never arrival order.
    expect(held.map((r) => r.sealed)).toEqual([...held.map((r) => r.sealed)].sort());
    expect(submitted.map((r) => r.person_id)).toEqual([...submitted.map((r) => r.person_id)].sort());

    // The fifth answer releases all five, in one later transaction, dated by the day only.
    expect((await (await as(members[4]!)).post(url, answerOf(4))).statusCode).toBe(204);
    expect(await query(`SELECT * FROM survey_answer_pool`)).toEqual([]);
    const answers = await query(`SELECT xmin::text AS x, ctid::text AS c, * FROM survey_answers ORDER BY ctid`);
    const after = await query(`SELECT xmin::text AS x, person_id FROM survey_submissions`);
    expect(answers).toHaveLength(5);
    expect(new Set([...answers, ...after].map((r) => r.x)).size).toBe(1);
    expect(new Set(answers.map((r) => r.released_on)).size).toBe(1);

    // An attacker pairing the i-th "has answered" row with the i-th answer (arrival order) gets nothing right:
    // answers were given in the order 0..4 with falling "helpful", but are stored rising.
    expect(answers.map((r) => r.helpful)).toEqual([1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4].map((i) => answerOf(i).helpful)).toEqual([5, 4, 3, 2, 1]);
  });

  it('hides results below 5 answers in the API and the CSV export, and shows them from 5', async () => {
    const report = (await coordinator.get(`${api()}/group-programs/${programId}/report`)).json();
    expect(report.groups[0].survey).toMatchObject({ responses: { suppressed: false, value: 5 }, meanAbleToCope: { value: 3 }, note: null });
    expect(report.groups[0].survey.changes).toHaveLength(5);
    expect(JSON.stringify(report)).not.toContain(members[0]!.name);

    const other = (await coordinator.post(`${api()}/group-programs/${programId}/groups`, { name: 'Quiet group', firstSessionOn: day(2), startTime: '08:00', location: { kind: 'room', detail: 'Room 9' } })).json();
    const few: SeededPerson[] = [];
    for (let i = 0; i < 3; i++) {
      const p = await addPerson(t.deps.db, org, { key: `quiet-${i}`, careerStage: 'pgy2' });
      few.push(p);
      await (await as(p)).post(`${api()}/groups/${other.id}/membership`);
    }
    const quietSession = await pastSession(other.id, 0, few);
    for (const p of few) expect((await (await as(p)).post(`${api()}/groups/${other.id}/sessions/${quietSession}/survey`, answerOf(0))).statusCode).toBe(204);
    expect(await releaseHeldAnswers(t.deps)).toBe(0);

    const both = (await coordinator.get(`${api()}/group-programs/${programId}/report`)).json();
    const quiet = both.groups.find((g: { id: string }) => g.id === other.id);
    expect(quiet.survey).toEqual({
      responses: { suppressed: true, value: null },
      meanHelpful: { suppressed: true, value: null },
      meanLessAlone: { suppressed: true, value: null },
      meanAbleToCope: { suppressed: true, value: null },
      changes: [],
      note: 'fewer than 5 responses',
    });
    // The program's figure counts released answers only: the 3 held ones are not in it.
    expect(both.survey.responses).toEqual({ suppressed: false, value: 5 });

    const csv = await coordinator.get(`${api()}/group-programs/${programId}/report.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = csv.body.trim().split('\r\n');
    const quietRow = rows.find((r) => r.startsWith('Quiet group'))!;
    expect(quietRow.split(',').slice(-4)).toEqual(Array(4).fill('fewer than 5 responses'));
    expect(rows.find((r) => r.startsWith('Back from leave'))!.split(',').slice(-4)).toEqual(['5', '3', '3', '3']);
    expect((await (await as(members[0]!)).get(`${api()}/group-programs/${programId}/report.csv`)).statusCode).toBe(403);
  });

  it('hides a group whose released answers number 1 to 4 (as answers migrated from elsewhere might), in the API and the CSV', async () => {
    const trickle = (await coordinator.post(`${api()}/group-programs/${programId}/groups`, { name: 'Trickle group', firstSessionOn: day(2), startTime: '09:00', location: { kind: 'room', detail: 'Room 2' } })).json();
    for (let n = 1; n <= 4; n++) {
      await query(`INSERT INTO survey_answers (org_id, program_id, group_id, released_on, helpful, less_alone, able_to_cope, change) VALUES ($1, $2, $3, $4, 5, 5, 5, $5)`, [org.orgId, programId, trickle.id, day(-1), `trickle ${n}`]);
      const report = (await coordinator.get(`${api()}/group-programs/${programId}/report`)).json();
      const group = report.groups.find((g: { id: string }) => g.id === trickle.id);
      expect(group.survey, `${n} released`).toMatchObject({ responses: { suppressed: true, value: null }, meanHelpful: { suppressed: true, value: null }, changes: [], note: 'fewer than 5 responses' });
      expect(JSON.stringify(report)).not.toContain('trickle');
      const csv = (await coordinator.get(`${api()}/group-programs/${programId}/report.csv`)).body;
      expect(csv.trim().split('\r\n').find((r: string) => r.startsWith('Trickle group'))!.split(',').slice(-4)).toEqual(Array(4).fill('fewer than 5 responses'));
      expect(csv).not.toContain('trickle');
    }
  });
});
