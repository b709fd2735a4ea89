import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';
import { sendSessionReminders } from './sessions.ts';

let t: TestApp;
let org: SeededOrg;
let coordinator: TestClient;
let programId: string;
let groupId: string;
const people: Record<string, SeededPerson> = {};
const clients: Record<string, TestClient> = {};
const api = () => `/api/orgs/${org.orgId}`;
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const query = async (text: string, values: unknown[] = []) => (await t.deps.database.pool.query(text, values)).rows;

async function as(key: string) {
  if (!clients[key]) {
    clients[key] = new TestClient(t.app);
    await clients[key].signIn(people[key]!.email, PASSWORD);
  }
  return clients[key];
}

const coming = async () => (await (await as('mem-ada')).get(`${api()}/groups/${groupId}`)).json().sessions.filter((s: { startsAt: string }) => Date.parse(s.startsAt) > Date.now());

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Sessions Hospital');
  coordinator = new TestClient(t.app);
  await coordinator.signIn(org.coordinator.email, PASSWORD);
  for (const key of ['mem-ada', 'mem-bo', 'mem-cy']) people[key] = await addPerson(t.deps.db, org, { key, careerStage: 'pgy2' });
  for (const key of ['fac-dot', 'fac-eli']) people[key] = await addPerson(t.deps.db, org, { key, careerStage: 'consultant', roles: ['member', 'facilitator'] });
  people['sup-fin'] = await addPerson(t.deps.db, org, { key: 'sup-fin', careerStage: 'consultant', roles: ['member', 'supervisor'] });
  programId = (await coordinator.post(`${api()}/group-programs`, { template: 'new_to_the_area' })).json().id;
  groupId = (await coordinator.post(`${api()}/group-programs/${programId}/groups`, { name: 'New in town', firstSessionOn: day(1), startTime: '17:30', location: { kind: 'video', detail: 'https://meet.example/new' } })).json().id;
  await coordinator.put(`${api()}/groups/${groupId}/facilitators`, { personIds: [people['fac-dot']!.id] });
  for (const key of ['mem-ada', 'mem-bo']) await (await as(key)).post(`${api()}/groups/${groupId}/membership`);
});
afterAll(() => t.close());

describe('sessions and RSVP', () => {
  it('lets members RSVP before a session starts; not others, not after it started, not a cancelled one', async () => {
    const [next] = await coming();
    const url = `${api()}/groups/${groupId}/sessions/${next.id}/rsvp`;
    expect((await (await as('mem-ada')).put(url, { response: 'yes' })).json()).toMatchObject({ id: next.id, myRsvp: 'yes' });
    expect((await (await as('mem-ada')).put(url, { response: 'maybe' })).json().error.field).toBe('response');
    const outsider = await (await as('mem-cy')).put(url, { response: 'yes' });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.code).toBe('not_a_member');
    expect((await (await as('mem-ada')).get(`${api()}/groups/${groupId}`)).json().sessions.find((s: { id: string }) => s.id === next.id).myRsvp).toBe('yes');

    await query(`UPDATE group_sessions SET starts_at = now() - interval '5 minutes' WHERE id = $1`, [next.id]);
    const late = await (await as('mem-bo')).put(url, { response: 'yes' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('session_started');

    const [later] = await coming();
    await (await as('fac-dot')).patch(`${api()}/groups/${groupId}/sessions/${later.id}`, { cancelled: true });
    expect((await (await as('mem-bo')).put(`${api()}/groups/${groupId}/sessions/${later.id}/rsvp`, { response: 'yes' })).json().error.code).toBe('session_cancelled');
    expect((await (await as('mem-ada')).get(`${api()}/groups/${groupId}/sessions/${later.id}`)).statusCode).toBe(404);
  });

  it('sends each session reminder once with an invite, and a moved session an update with the same UID and a higher SEQUENCE', async () => {
    const next = (await coming()).find((s: { cancelled: boolean }) => !s.cancelled);
    await query(`UPDATE group_sessions SET starts_at = now() + interval '1 day' WHERE id = $1`, [next.id]);
    const [a, b] = await Promise.all([sendSessionReminders(t.deps), sendSessionReminders(t.deps)]);
    expect(a + b).toBe(1);
    expect(await sendSessionReminders(t.deps)).toBe(0);
    const reminder = await t.mail.next(people['mem-ada']!.email, { subject: /next session/ });
    const invite = reminder.attachments.find((x) => x.contentType.startsWith('text/calendar'))!.content;
    expect(invite).toContain('METHOD:REQUEST');
    expect(invite).toContain(`UID:${next.id}@kindred`);
    expect(invite).toMatch(/SEQUENCE:0\r?\n/);
    await t.mail.next(people['fac-dot']!.email, { subject: /next session/ });

    const moved = new Date(Date.now() + 2 * 86_400_000);
    moved.setUTCSeconds(0, 0);
    const res = await (await as('fac-dot')).patch(`${api()}/groups/${groupId}/sessions/${next.id}`, { startsAt: moved.toISOString(), location: { kind: 'room', detail: 'Library seminar room' } });
    expect(res.statusCode).toBe(200);
    await t.mail.next(people['mem-ada']!.email, { subject: /changed/ });
    const update = await t.mail.next(people['mem-bo']!.email, { subject: /changed/ });
    const ics = update.attachments.find((x) => x.contentType.startsWith('text/calendar'))!.content;
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${next.id}@kindred`);
    expect(ics).toMatch(/SEQUENCE:1\r?\n/);
    expect(ics).toContain('Library seminar room');
    // The moved session is reminded again, as the time changed.
    expect(await sendSessionReminders(t.deps)).toBe(1);

    expect((await (await as('mem-ada')).patch(`${api()}/groups/${groupId}/sessions/${next.id}`, { cancelled: true })).statusCode).toBe(403);
    expect((await (await as('fac-eli')).patch(`${api()}/groups/${groupId}/sessions/${next.id}`, { cancelled: true })).statusCode).toBe(404);
    expect((await (await as('fac-dot')).patch(`${api()}/groups/${groupId}/sessions/${next.id}`, { startsAt: '2001-01-01T00:00:00Z' })).json().error.field).toBe('startsAt');

    // Cancelled, a session leaves every calendar: the same UID with METHOD:CANCEL and a higher SEQUENCE.
    const last = (await coming()).at(-1);
    expect((await (await as('fac-dot')).patch(`${api()}/groups/${groupId}/sessions/${last.id}`, { cancelled: true })).json()).toMatchObject({ cancelled: true });
    const calendarOf = (m: (typeof t.mail.messages)[number]) => m.attachments.find((x) => x.contentType.startsWith('text/calendar'))?.content.replace(/\r?\n[ \t]/g, '') ?? '';
    let cancelled = await t.mail.next(people['mem-bo']!.email, { subject: /a session is cancelled/ });
    // The session cancelled in the first test was announced too; this is the one about `last`.
    if (!calendarOf(cancelled).includes(last.id)) cancelled = await t.mail.next(people['mem-bo']!.email, { subject: /a session is cancelled/ });
    const cancel = calendarOf(cancelled);
    expect(cancel).toContain('METHOD:CANCEL');
    expect(cancel).toContain('STATUS:CANCELLED');
    expect(cancel).toContain(`UID:${last.id}@kindred`);
    expect(cancel).toMatch(/SEQUENCE:1\r?\n/);
    expect(cancelled.text).toContain('cancelled');
    // A cancelled session is not reminded, even once it is near.
    await query(`UPDATE group_sessions SET starts_at = now() + interval '1 day' WHERE id = $1`, [last.id]);
    expect(await sendSessionReminders(t.deps)).toBe(0);
  });

  it('moves coming sessions in place when the schedule changes, so calendars update rather than duplicate', async () => {
    const before = await query(`SELECT id FROM group_sessions WHERE group_id = $1 AND starts_at > now() AND cancelled_at IS NULL ORDER BY starts_at`, [groupId]);
    const group = (await coordinator.get(`${api()}/group-programs/${programId}`)).json().groups[0];
    const { id: _id, programId: _p, timeSlot: _s, members: _m, offered: _o, waiting: _w, facilitators: _f, ...current } = group;
    const res = await coordinator.put(`${api()}/groups/${groupId}`, { ...current, startTime: '07:30', firstSessionOn: day(3) });
    expect(res.json().timeSlot).toBe('weekday_mornings');
    const after = await query(`SELECT id, sequence, starts_at FROM group_sessions WHERE group_id = $1 AND starts_at > now() AND cancelled_at IS NULL ORDER BY starts_at`, [groupId]);
    expect(after.slice(0, before.length).map((r) => r.id)).toEqual(before.map((r) => r.id));
    for (const r of after.slice(0, before.length)) {
      expect(r.sequence).toBeGreaterThan(0);
      expect(new Intl.DateTimeFormat('en-AU', { timeZone: 'Australia/Sydney', hour: '2-digit', minute: '2-digit', hour12: false }).format(r.starts_at)).toBe('07:30');
    }
    const mail = await t.mail.next(people['mem-ada']!.email, { subject: /changed/ });
    const invites = mail.attachments.filter((x) => x.content.toString().includes('METHOD:REQUEST'));
    expect(invites.length).toBeGreaterThan(1);
    expect(invites.map((x) => x.content.toString().match(/UID:(\S+)@kindred/)![1])).toEqual(expect.arrayContaining(before.map((r) => r.id)));
  });

  it('offers the coming sessions as a calendar to members and facilitators only', async () => {
    const res = await (await as('mem-ada')).get(`${api()}/groups/${groupId}/calendar.ics`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).toContain('METHOD:PUBLISH');
    expect((await (await as('fac-dot')).get(`${api()}/groups/${groupId}/calendar.ics`)).statusCode).toBe(200);
    expect((await (await as('mem-cy')).get(`${api()}/groups/${groupId}/calendar.ics`)).statusCode).toBe(404);
  });
});

describe('facilitation', () => {
  let heldId: string;

  beforeAll(async () => {
    const [row] = await query(
      `INSERT INTO group_sessions (org_id, group_id, series, number, starts_at, duration_minutes, location_kind, location_detail)
       VALUES ($1, $2, 98, 0, now() - interval '20 days', 45, 'room', 'Room 1') RETURNING id`,
      [org.orgId, groupId],
    );
    heldId = row.id;
  });

  it('is for the group’s facilitators only: other facilitators 404, members and coordinators 403', async () => {
    const url = `${api()}/groups/${groupId}/facilitation`;
    const view = (await (await as('fac-dot')).get(url)).json();
    expect(view.members.map((m: { name: string }) => m.name)).toEqual(['Mem Ada', 'Mem Bo']);
    expect(view.plan.theme).toBe('What I miss, and what I have found');
    expect(view.supervisors.map((s: { name: string }) => s.name)).toEqual(['Sup Fin']);
    expect((await (await as('fac-eli')).get(url)).statusCode).toBe(404);
    expect((await (await as('mem-ada')).get(url)).statusCode).toBe(403);
    expect((await coordinator.get(url)).statusCode).toBe(403);
    const log = `${api()}/groups/${groupId}/sessions/${heldId}/log`;
    const body = { attendanceCount: 3, themes: ['belonging_and_isolation'], signpostingGiven: true, escalationNeeded: false };
    expect((await (await as('fac-eli')).put(log, body)).statusCode).toBe(404);
    expect((await (await as('mem-ada')).put(log, body)).statusCode).toBe(403);
    expect((await (await as('fac-dot')).get(`${api()}/facilitating`)).json().groups.map((g: { id: string }) => g.id)).toEqual([groupId]);
  });

  it('keeps an editable plan, and a log with a count, listed themes and yes/no answers only', async () => {
    const plan = { checkIn: 'Weather report', theme: 'Finding a GP', checkOut: 'One small thing', signposting: 'EAP 1300 000 000' };
    expect((await (await as('fac-dot')).put(`${api()}/groups/${groupId}/plan`, plan)).json()).toEqual(plan);
    const log = `${api()}/groups/${groupId}/sessions/${heldId}/log`;
    const fac = await as('fac-dot');
    for (const [body, field] of [
      [{ attendanceCount: 3, themes: ['Dr Smith shouted at me'], signpostingGiven: true, escalationNeeded: false }, 'themes.0'],
      [{ attendanceCount: -1, themes: [], signpostingGiven: true, escalationNeeded: false }, 'attendanceCount'],
      [{ attendanceCount: 3, themes: [], signpostingGiven: 'yes', escalationNeeded: false }, 'signpostingGiven'],
    ] as const) {
      const res = await fac.put(log, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const notes = await fac.put(log, { attendanceCount: 3, themes: [], signpostingGiven: true, escalationNeeded: false, notes: 'Ada cried' });
    expect(notes.statusCode).toBe(200);
    expect(JSON.stringify(await query(`SELECT * FROM session_logs`))).not.toContain('Ada');
    const saved = await fac.put(log, { attendanceCount: 3, themes: ['belonging_and_isolation', 'moving_and_settling_in'], signpostingGiven: true, escalationNeeded: true });
    expect(saved.json()).toMatchObject({ attendanceCount: 3, themes: ['belonging_and_isolation', 'moving_and_settling_in'], escalationNeeded: true });
    const future = (await coming()).find((s: { cancelled: boolean }) => !s.cancelled);
    expect((await fac.put(`${api()}/groups/${groupId}/sessions/${future.id}/log`, { attendanceCount: 3, themes: [], signpostingGiven: false, escalationNeeded: false })).json().error.code).toBe('session_not_held');
    expect((await fac.put(`${api()}/groups/${groupId}/sessions/${heldId}/attendance`, { personIds: [people['mem-cy']!.id] })).json().error.field).toBe('personIds');
  });

  it('shows coordinators the groups whose facilitators have not logged supervision, until they do', async () => {
    const report = async () => (await coordinator.get(`${api()}/group-programs/${programId}/report`)).json().groups[0];
    const behind = await report();
    expect(behind).toMatchObject({ sessionsHeld: 2, attendance: [{ count: 3 }], escalations: 1, supervision: { overdue: true, facilitatorsBehind: [{ name: 'Fac Dot' }], lastMetOn: null } });
    // What the page promises: members are never named, in the report or its download; facilitators only
    // where their supervision is behind, and the download names no one.
    const json = (await coordinator.get(`${api()}/group-programs/${programId}/report`)).body;
    const csv = (await coordinator.get(`${api()}/group-programs/${programId}/report.csv`)).body;
    for (const key of ['mem-ada', 'mem-bo', 'mem-cy']) {
      for (const text of [people[key]!.name, people[key]!.id, people[key]!.email]) {
        expect(json, key).not.toContain(text);
        expect(csv, key).not.toContain(text);
      }
    }
    expect(json.split(people['fac-dot']!.name)).toHaveLength(2);
    expect(csv).not.toContain(people['fac-dot']!.name);
    const fac = await as('fac-dot');
    const url = `${api()}/groups/${groupId}/supervision`;
    expect((await fac.post(url, { metOn: day(2) })).json().error.field).toBe('metOn');
    expect((await fac.post(url, { metOn: day(-1), supervisorId: people['mem-ada']!.id })).json().error.field).toBe('supervisorId');
    const record = await fac.post(url, { metOn: day(-1), supervisorId: people['sup-fin']!.id, sessionId: heldId });
    expect(record.statusCode).toBe(201);
    expect(record.json()).toMatchObject({ facilitator: { name: 'Fac Dot' }, supervisor: { name: 'Sup Fin' }, sessionId: heldId });
    expect((await report()).supervision).toEqual({ overdue: false, facilitatorsBehind: [], lastMetOn: day(-1) });
    expect((await (await as('fac-dot')).get(`${api()}/groups/${groupId}/facilitation`)).json().supervision).toHaveLength(1);
  });
});
