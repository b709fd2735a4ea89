import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  dayFromToday,
  givenFacilitatorsOf,
  givenGroup,
  givenGroupProgram,
  givenGroupWithPastSession,
  givenMembersOf,
  givenOrganisation,
  givenPastSession,
  givenPerson,
} from '#test/fixtures-groups.ts';
import { columnTypes, heldSealed, logWhile, sequenceColumns } from '#test/unlinkable.ts';
import { releaseHeldAnswers, sendSurveyInvitations } from './surveys.ts';

let t: TestApp;

const answerOf = (i: number) => ({
  helpful: 5 - (i % 5),
  lessAlone: 1 + (i % 5),
  ableToCope: 3,
  change: `change ${String.fromCharCode(106 - i)}`,
});

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the anonymous survey after a session', () => {
  it('invites everyone who came, once, however often the job runs', async () => {
    // Sessions other tests left uninvited are invited first, so the counts below are this test's own.
    await sendSurveyInvitations(t.deps);
    const w = await givenOrganisation(t, 'Survey Hospital');
    const { group, members, sessionId } = await givenGroupWithPastSession(w, { name: 'Back from leave' });
    const [fac] = await givenFacilitatorsOf(w, group.id, ['fac-faye']);
    // Before the register is taken, those who said they would come are invited.
    const [a, b] = await Promise.all([sendSurveyInvitations(t.deps), sendSurveyInvitations(t.deps)]);
    expect(a + b).toBe(1);
    expect(await sendSurveyInvitations(t.deps)).toBe(0);
    expect(members).toHaveLength(6);
    for (const p of members.slice(0, 5)) {
      expect((await t.mail.next(p.email, { subject: /how was the session/ })).text).toContain('anonymous');
    }
    expect((await (await w.as(members[5]!)).get(`${w.api}/group-surveys`)).json().surveys).toEqual([]);
    // The sixth member did not RSVP but came: the facilitator's register counts them in, and invites them at once.
    const register = `${w.api}/groups/${group.id}/sessions/${sessionId}/attendance`;
    const everyone = { personIds: members.map((m) => m.id) };
    expect((await (await w.as(fac!)).put(register, everyone)).statusCode).toBe(204);
    expect((await t.mail.next(members[5]!.email, { subject: /how was the session/ })).text).toContain('anonymous');
    // Taking the register again invites nobody twice.
    expect((await (await w.as(fac!)).put(register, everyone)).statusCode).toBe(204);
    const invitations = t.mail.messages.filter(
      (m) => /how was the session/.test(m.subject) && members.some((p) => m.to.includes(p.email)),
    );
    expect(invitations).toHaveLength(6);
    const open = (await (await w.as(members[5]!)).get(`${w.api}/group-surveys`)).json().surveys;
    expect(open).toEqual([expect.objectContaining({ sessionId, group: { id: group.id, name: 'Back from leave' } })]);
  });

  it('lets the register decide once taken: someone who said yes but is not on it cannot answer', async () => {
    const w = await givenOrganisation(t, 'Survey Hospital');
    const group = await givenGroup(w);
    const [fac] = await givenFacilitatorsOf(w, group.id, ['fac-gil']);
    // Two members said yes to a session; only the second came.
    const [absent, present] = await givenMembersOf(w, group.id, ['member-absent', 'member-present']);
    const session = await givenPastSession(w, group.id, { comers: [absent!, present!] });
    const listed = async (person: typeof absent) =>
      (await (await w.as(person!)).get(`${w.api}/group-surveys`))
        .json()
        .surveys.map((x: { sessionId: string }) => x.sessionId);
    expect(await listed(absent)).toContain(session);
    const register = `${w.api}/groups/${group.id}/sessions/${session}/attendance`;
    expect((await (await w.as(fac!)).put(register, { personIds: [present!.id] })).statusCode).toBe(204);
    expect(await listed(absent)).not.toContain(session);
    expect(await listed(present)).toContain(session);
    const answer = await (
      await w.as(absent!)
    ).post(`${w.api}/groups/${group.id}/sessions/${session}/survey`, answerOf(1));
    expect(answer.statusCode).toBe(404);
    expect(await w.query(`SELECT * FROM survey_submissions WHERE session_id = $1`, [session])).toEqual([]);
  });

  it('takes each attendee’s answer once, even sent twice at the same moment; others get 404, bad input 400 naming the field', async () => {
    const w = await givenOrganisation(t, 'Survey Hospital');
    const { group, members, sessionId } = await givenGroupWithPastSession(w);
    const url = `${w.api}/groups/${group.id}/sessions/${sessionId}/survey`;
    const first = await w.as(members[0]!);
    const bad = await first.post(url, { ...answerOf(0), lessAlone: 6 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('lessAlone');
    const both = await Promise.all([first.post(url, answerOf(0)), first.post(url, answerOf(0))]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([204, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('already_answered');
    const outsider = await (
      await w.as(await givenPerson(w, 'not-there', { careerStage: 'pgy1' }))
    ).post(url, answerOf(1));
    expect(outsider.statusCode).toBe(404);
    expect((await first.get(`${w.api}/group-surveys`)).json().surveys).toEqual([]);
  });

  it('stores answers where nothing joins them back to a person: not columns, transaction ids, physical order, sequences or logs', async () => {
    const w = await givenOrganisation(t, 'Survey Hospital');
    const { group, members, sessionId } = await givenGroupWithPastSession(w);
    const url = `${w.api}/groups/${group.id}/sessions/${sessionId}/survey`;
    // Columns: answers hold no person, no session, no time finer than the day; "has answered" holds no answer and no time.
    const answerColumns = ['able_to_cope', 'change', 'group_id', 'helpful', 'less_alone', 'org_id', 'program_id'];
    for (const table of ['survey_answers', 'survey_answer_pool']) {
      const c = await columnTypes(t, table);
      const own = table === 'survey_answers' ? ['released_on'] : ['sealed'];
      expect(Object.keys(c).sort(), table).toEqual([...answerColumns, ...own].sort());
      expect(Object.values(c), table).not.toContain('timestamp with time zone');
    }
    expect(Object.keys(await columnTypes(t, 'survey_submissions')).sort()).toEqual([
      'org_id',
      'person_id',
      'session_id',
    ]);
    // Sequences: none feeds these tables.
    expect(await sequenceColumns(t, 'survey')).toEqual([]);

    expect((await (await w.as(members[0]!)).post(url, answerOf(0))).statusCode).toBe(204);
    // Logs: capture every line the app writes while someone answers.
    const log = await logWhile(t, members[1]!, async (client) => {
      expect((await client.post(url, answerOf(1))).statusCode).toBe(204);
    });
    expect(log).toContain('/survey');
    for (const secret of [answerOf(1).change, members[1]!.id, members[1]!.email]) expect(log).not.toContain(secret);

    for (const i of [2, 3]) expect((await (await w.as(members[i]!)).post(url, answerOf(i))).statusCode).toBe(204);

    // Held: four answers, no release yet; every "has answered" row of the group and every held answer
    // carry the same transaction id, so xmin pairs nobody with anything.
    expect(await w.query(`SELECT * FROM survey_answers WHERE group_id = $1`, [group.id])).toEqual([]);
    const held = await w.query(
      `SELECT xmin::text AS x, ctid::text AS c, sealed FROM survey_answer_pool WHERE group_id = $1 ORDER BY ctid`,
      [group.id],
    );
    const submitted = await w.query(
      `SELECT xmin::text AS x, ctid::text AS c, person_id FROM survey_submissions WHERE session_id = $1 ORDER BY ctid`,
      [sessionId],
    );
    expect(held).toHaveLength(4);
    expect(submitted).toHaveLength(4);
    expect(new Set([...held, ...submitted].map((r) => r.x)).size).toBe(1);
    // Held answers are sealed with the key outside the database: full database access reads none of
    // them, so the first answer of a group cannot be read off next to its one "has answered" row.
    const allHeld = (await w.query(`SELECT count(*)::int AS n FROM survey_answer_pool`))[0]!.n;
    const changes = [0, 1, 2, 3].map((i) => answerOf(i).change);
    const clear = ['org_id', 'program_id', 'group_id'];
    expect(await heldSealed(t, 'survey_answer_pool', clear, changes)).toEqual({ rows: allHeld, readable: [] });
    expect(new Set(held.map((r) => r.sealed.length)).size, 'sealed answers all have one length').toBe(1);
    // Physical order is sealed-text order (held answers: random) and id order ("has answered"), never arrival order.
    expect(held.map((r) => r.sealed)).toEqual([...held.map((r) => r.sealed)].sort());
    expect(submitted.map((r) => r.person_id)).toEqual([...submitted.map((r) => r.person_id)].sort());

    // The fifth answer releases all five, in one later transaction, dated by the day only.
    expect((await (await w.as(members[4]!)).post(url, answerOf(4))).statusCode).toBe(204);
    expect(await w.query(`SELECT * FROM survey_answer_pool WHERE group_id = $1`, [group.id])).toEqual([]);
    const answers = await w.query(
      `SELECT xmin::text AS x, ctid::text AS c, * FROM survey_answers WHERE group_id = $1 ORDER BY ctid`,
      [group.id],
    );
    const after = await w.query(`SELECT xmin::text AS x, person_id FROM survey_submissions WHERE session_id = $1`, [
      sessionId,
    ]);
    expect(answers).toHaveLength(5);
    expect(new Set([...answers, ...after].map((r) => r.x)).size).toBe(1);
    expect(new Set(answers.map((r) => r.released_on)).size).toBe(1);

    // An attacker pairing the i-th "has answered" row with the i-th answer (arrival order) gets nothing right:
    // answers were given in the order 0..4 with falling "helpful", but are stored rising.
    expect(answers.map((r) => r.helpful)).toEqual([1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4].map((i) => answerOf(i).helpful)).toEqual([5, 4, 3, 2, 1]);
  });

  it('hides results below 5 answers in the API and the CSV export, and shows them from 5', async () => {
    const w = await givenOrganisation(t, 'Survey Hospital');
    const programId = await givenGroupProgram(w, 'returning_to_work');
    const answered = await givenGroupWithPastSession(w, { programId, name: 'Back from leave', members: 5 });
    const url = `${w.api}/groups/${answered.group.id}/sessions/${answered.sessionId}/survey`;
    expect(answered.members).toHaveLength(5);
    for (const [i, p] of answered.members.entries())
      expect((await (await w.as(p)).post(url, answerOf(i))).statusCode).toBe(204);

    const report = (await w.coordinator.get(`${w.api}/group-programs/${programId}/report`)).json();
    expect(report.groups[0].survey).toMatchObject({
      responses: { suppressed: false, value: 5 },
      meanAbleToCope: { value: 3 },
      note: null,
    });
    expect(report.groups[0].survey.changes).toHaveLength(5);
    expect(JSON.stringify(report)).not.toContain(answered.members[0]!.name);

    const quiet = await givenGroupWithPastSession(w, {
      programId,
      name: 'Quiet group',
      prefix: 'quiet',
      members: 3,
      comers: 3,
    });
    const quietUrl = `${w.api}/groups/${quiet.group.id}/sessions/${quiet.sessionId}/survey`;
    expect(quiet.members).toHaveLength(3);
    for (const p of quiet.members) expect((await (await w.as(p)).post(quietUrl, answerOf(0))).statusCode).toBe(204);
    expect(await releaseHeldAnswers(t.deps)).toBe(0);

    const both = (await w.coordinator.get(`${w.api}/group-programs/${programId}/report`)).json();
    expect(both.groups.find((g: { id: string }) => g.id === quiet.group.id).survey).toEqual({
      responses: { suppressed: true, value: null },
      meanHelpful: { suppressed: true, value: null },
      meanLessAlone: { suppressed: true, value: null },
      meanAbleToCope: { suppressed: true, value: null },
      changes: [],
      note: 'fewer than 5 responses',
    });
    // The program's figure counts released answers only: the 3 held ones are not in it.
    expect(both.survey.responses).toEqual({ suppressed: false, value: 5 });

    const csv = await w.coordinator.get(`${w.api}/group-programs/${programId}/report.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const rows = csv.body.trim().split('\r\n');
    const quietRow = rows.find((r) => r.startsWith('Quiet group'))!;
    expect(quietRow.split(',').slice(-4)).toEqual(Array(4).fill('fewer than 5 responses'));
    expect(
      rows
        .find((r) => r.startsWith('Back from leave'))!
        .split(',')
        .slice(-4),
    ).toEqual(['5', '3', '3', '3']);
    const member = await w.as(answered.members[0]!);
    expect((await member.get(`${w.api}/group-programs/${programId}/report.csv`)).statusCode).toBe(403);
  });

  it('hides a group whose released answers number 1 to 4 (as answers migrated from elsewhere might), in the API and the CSV', async () => {
    const w = await givenOrganisation(t, 'Survey Hospital');
    const programId = await givenGroupProgram(w, 'returning_to_work');
    const trickle = await givenGroup(w, { programId, name: 'Trickle group' });
    for (let n = 1; n <= 4; n++) {
      await w.query(
        `INSERT INTO survey_answers (org_id, program_id, group_id, released_on, helpful, less_alone, able_to_cope, change)
         VALUES ($1, $2, $3, $4, 5, 5, 5, $5)`,
        [w.org.orgId, programId, trickle.id, dayFromToday(-1), `trickle ${n}`],
      );
      const report = (await w.coordinator.get(`${w.api}/group-programs/${programId}/report`)).json();
      const group = report.groups.find((g: { id: string }) => g.id === trickle.id);
      expect(group.survey, `${n} released`).toMatchObject({
        responses: { suppressed: true, value: null },
        meanHelpful: { suppressed: true, value: null },
        changes: [],
        note: 'fewer than 5 responses',
      });
      expect(JSON.stringify(report)).not.toContain('trickle');
      const csv = (await w.coordinator.get(`${w.api}/group-programs/${programId}/report.csv`)).body;
      const row = csv
        .trim()
        .split('\r\n')
        .find((r: string) => r.startsWith('Trickle group'))!;
      expect(row.split(',').slice(-4)).toEqual(Array(4).fill('fewer than 5 responses'));
      expect(csv).not.toContain('trickle');
    }
  });
});
