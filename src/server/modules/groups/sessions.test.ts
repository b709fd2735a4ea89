import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  dayFromToday as day,
  givenFacilitatorsOf,
  givenGroup,
  givenGroupProgram,
  givenMembersOf,
  givenOrganisation,
  givenPastSession,
  givenPerson,
  type GroupsWorld,
} from '#test/fixtures-groups.ts';
import { sendSessionReminders } from './sessions.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/**
 * A group of the 'new to the area' program meeting from `firstSessionOn` (three days ahead unless given):
 * Fac Dot facilitates it and Mem Ada and Mem Bo are in it; Fac Eli facilitates nothing, Mem Cy is in no
 * group, Sup Fin is a supervisor.
 */
async function givenNewInTown(firstSessionOn = day(3)) {
  const w = await givenOrganisation(t, 'Sessions Hospital');
  const programId = await givenGroupProgram(w, 'new_to_the_area');
  const group = await givenGroup(w, {
    programId,
    name: 'New in town',
    firstSessionOn,
    startTime: '17:30',
    location: { kind: 'video', detail: 'https://meet.example/new' },
  });
  const [facDot] = await givenFacilitatorsOf(w, group.id, ['fac-dot']);
  const [ada, bo] = await givenMembersOf(w, group.id, ['mem-ada', 'mem-bo']);
  const people = {
    'fac-dot': facDot!,
    'mem-ada': ada!,
    'mem-bo': bo!,
    'mem-cy': await givenPerson(w, 'mem-cy', { careerStage: 'pgy2' }),
    'fac-eli': await givenPerson(w, 'fac-eli', { careerStage: 'consultant', roles: ['member', 'facilitator'] }),
    'sup-fin': await givenPerson(w, 'sup-fin', { careerStage: 'consultant', roles: ['member', 'supervisor'] }),
  };
  const as = (key: keyof typeof people) => w.as(people[key]);
  /** The group's coming sessions, as Mem Ada sees them. */
  const coming = async () =>
    (await (await as('mem-ada')).get(`${w.api}/groups/${group.id}`))
      .json()
      .sessions.filter((s: { startsAt: string }) => Date.parse(s.startsAt) > Date.now());
  return { w, programId, groupId: group.id, people, as, coming };
}

/** The settings a PUT takes, from a group as the coordinator's API shows it. */
async function settingsOf(w: GroupsWorld, programId: string, groupId: string) {
  const groups = (await w.coordinator.get(`${w.api}/group-programs/${programId}`)).json().groups;
  const {
    id: _id,
    programId: _p,
    timeSlot: _s,
    members: _m,
    offered: _o,
    waiting: _w,
    facilitators: _f,
    ...settings
  } = groups.find((g: { id: string }) => g.id === groupId);
  return settings;
}

const calendarOf = (m: (typeof t.mail.messages)[number]) =>
  m.attachments.find((x) => x.contentType.startsWith('text/calendar'))?.content.replace(/\r?\n[ \t]/g, '') ?? '';

describe('sessions and RSVP', () => {
  it('lets members RSVP before a session starts; not others, not after it started, not a cancelled one', async () => {
    const { w, groupId, as, coming } = await givenNewInTown();
    const [next] = await coming();
    const url = `${w.api}/groups/${groupId}/sessions/${next.id}/rsvp`;
    expect((await (await as('mem-ada')).put(url, { response: 'yes' })).json()).toMatchObject({
      id: next.id,
      myRsvp: 'yes',
    });
    expect((await (await as('mem-ada')).put(url, { response: 'maybe' })).json().error.field).toBe('response');
    const outsider = await (await as('mem-cy')).put(url, { response: 'yes' });
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.code).toBe('not_a_member');
    const seen = (await (await as('mem-ada')).get(`${w.api}/groups/${groupId}`)).json().sessions;
    expect(seen.find((s: { id: string }) => s.id === next.id).myRsvp).toBe('yes');

    await w.query(`UPDATE group_sessions SET starts_at = now() - interval '5 minutes' WHERE id = $1`, [next.id]);
    const late = await (await as('mem-bo')).put(url, { response: 'yes' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('session_started');

    const [later] = await coming();
    await (await as('fac-dot')).patch(`${w.api}/groups/${groupId}/sessions/${later.id}`, { cancelled: true });
    const cancelled = await (
      await as('mem-bo')
    ).put(`${w.api}/groups/${groupId}/sessions/${later.id}/rsvp`, {
      response: 'yes',
    });
    expect(cancelled.json().error.code).toBe('session_cancelled');
    expect((await (await as('mem-ada')).get(`${w.api}/groups/${groupId}/sessions/${later.id}`)).statusCode).toBe(404);
  });

  it('sends each session reminder once with an invite, and a moved session an update with the same UID and a higher SEQUENCE', async () => {
    // Reminders other tests' sessions are due go out first, so the counts below are this test's own.
    await sendSessionReminders(t.deps);
    const { w, groupId, people, as, coming } = await givenNewInTown();
    const next = (await coming())[0];
    await w.query(`UPDATE group_sessions SET starts_at = now() + interval '1 day' WHERE id = $1`, [next.id]);
    const [a, b] = await Promise.all([sendSessionReminders(t.deps), sendSessionReminders(t.deps)]);
    expect(a + b).toBe(1);
    expect(await sendSessionReminders(t.deps)).toBe(0);
    const reminder = await t.mail.next(people['mem-ada'].email, { subject: /next session/ });
    const invite = reminder.attachments.find((x) => x.contentType.startsWith('text/calendar'))!.content;
    expect(invite).toContain('METHOD:REQUEST');
    expect(invite).toContain(`UID:${next.id}@kindred`);
    expect(invite).toMatch(/SEQUENCE:0\r?\n/);
    await t.mail.next(people['fac-dot'].email, { subject: /next session/ });

    const moved = new Date(Date.now() + 2 * 86_400_000);
    moved.setUTCSeconds(0, 0);
    const session = `${w.api}/groups/${groupId}/sessions/${next.id}`;
    const move = { startsAt: moved.toISOString(), location: { kind: 'room', detail: 'Library seminar room' } };
    expect((await (await as('fac-dot')).patch(session, move)).statusCode).toBe(200);
    await t.mail.next(people['mem-ada'].email, { subject: /changed/ });
    const update = await t.mail.next(people['mem-bo'].email, { subject: /changed/ });
    const ics = update.attachments.find((x) => x.contentType.startsWith('text/calendar'))!.content;
    expect(ics).toContain('METHOD:REQUEST');
    expect(ics).toContain(`UID:${next.id}@kindred`);
    expect(ics).toMatch(/SEQUENCE:1\r?\n/);
    expect(ics).toContain('Library seminar room');
    // The moved session is reminded again, as the time changed.
    expect(await sendSessionReminders(t.deps)).toBe(1);

    expect((await (await as('mem-ada')).patch(session, { cancelled: true })).statusCode).toBe(403);
    expect((await (await as('fac-eli')).patch(session, { cancelled: true })).statusCode).toBe(404);
    const past = await (await as('fac-dot')).patch(session, { startsAt: '2001-01-01T00:00:00Z' });
    expect(past.json().error.field).toBe('startsAt');

    // Cancelled, a session leaves every calendar: the same UID with METHOD:CANCEL and a higher SEQUENCE.
    const last = (await coming()).at(-1);
    const cancel = await (
      await as('fac-dot')
    ).patch(`${w.api}/groups/${groupId}/sessions/${last.id}`, { cancelled: true });
    expect(cancel.json()).toMatchObject({ cancelled: true });
    const cancelled = await t.mail.next(people['mem-bo'].email, { subject: /a session is cancelled/ });
    const calendar = calendarOf(cancelled);
    expect(calendar).toContain('METHOD:CANCEL');
    expect(calendar).toContain('STATUS:CANCELLED');
    expect(calendar).toContain(`UID:${last.id}@kindred`);
    expect(calendar).toMatch(/SEQUENCE:1\r?\n/);
    expect(cancelled.text).toContain('cancelled');
    // A cancelled session is not reminded, even once it is near.
    await w.query(`UPDATE group_sessions SET starts_at = now() + interval '1 day' WHERE id = $1`, [last.id]);
    expect(await sendSessionReminders(t.deps)).toBe(0);
  });

  it('moves coming sessions in place when the schedule changes, so calendars update rather than duplicate', async () => {
    const { w, programId, groupId, people } = await givenNewInTown(day(2));
    const coming = `SELECT id, sequence, starts_at FROM group_sessions
      WHERE group_id = $1 AND starts_at > now() AND cancelled_at IS NULL ORDER BY starts_at`;
    const before = await w.query(coming, [groupId]);
    expect(before.length).toBeGreaterThan(1);
    const settings = await settingsOf(w, programId, groupId);
    const res = await w.coordinator.put(`${w.api}/groups/${groupId}`, {
      ...settings,
      startTime: '07:30',
      firstSessionOn: day(3),
    });
    expect(res.json().timeSlot).toBe('weekday_mornings');
    const after = await w.query(coming, [groupId]);
    expect(after.slice(0, before.length).map((r) => r.id)).toEqual(before.map((r) => r.id));
    const sydney = new Intl.DateTimeFormat('en-AU', {
      timeZone: 'Australia/Sydney',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    for (const r of after.slice(0, before.length)) {
      expect(r.sequence).toBeGreaterThan(0);
      expect(sydney.format(r.starts_at)).toBe('07:30');
    }
    const mail = await t.mail.next(people['mem-ada'].email, { subject: /changed/ });
    const invites = mail.attachments.filter((x) => x.content.toString().includes('METHOD:REQUEST'));
    expect(invites.length).toBeGreaterThan(1);
    const uids = invites.map((x) => x.content.toString().match(/UID:(\S+)@kindred/)![1]);
    expect(uids).toEqual(expect.arrayContaining(before.map((r) => r.id)));
  });

  it('offers the coming sessions as a calendar to members and facilitators only', async () => {
    const { w, groupId, as } = await givenNewInTown();
    const url = `${w.api}/groups/${groupId}/calendar.ics`;
    const res = await (await as('mem-ada')).get(url);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/calendar');
    expect(res.body).toContain('METHOD:PUBLISH');
    expect((await (await as('fac-dot')).get(url)).statusCode).toBe(200);
    expect((await (await as('mem-cy')).get(url)).statusCode).toBe(404);
  });
});

describe('facilitation', () => {
  /** The group of givenNewInTown, with a session it held 20 days ago. */
  async function givenHeldSession() {
    const world = await givenNewInTown();
    const heldId = await givenPastSession(world.w, world.groupId, { daysAgo: 20 });
    return { ...world, heldId };
  }

  it('is for the group’s facilitators only: other facilitators 404, members and coordinators 403', async () => {
    const { w, groupId, heldId, as } = await givenHeldSession();
    const url = `${w.api}/groups/${groupId}/facilitation`;
    const view = (await (await as('fac-dot')).get(url)).json();
    expect(view.members.map((m: { name: string }) => m.name)).toEqual(['Mem Ada', 'Mem Bo']);
    expect(view.plan.theme).toBe('What I miss, and what I have found');
    expect(view.supervisors.map((s: { name: string }) => s.name)).toEqual(['Sup Fin']);
    expect((await (await as('fac-eli')).get(url)).statusCode).toBe(404);
    expect((await (await as('mem-ada')).get(url)).statusCode).toBe(403);
    expect((await w.coordinator.get(url)).statusCode).toBe(403);
    const log = `${w.api}/groups/${groupId}/sessions/${heldId}/log`;
    const body = {
      attendanceCount: 3,
      themes: ['belonging_and_isolation'],
      signpostingGiven: true,
      escalationNeeded: false,
    };
    expect((await (await as('fac-eli')).put(log, body)).statusCode).toBe(404);
    expect((await (await as('mem-ada')).put(log, body)).statusCode).toBe(403);
    const facilitating = (await (await as('fac-dot')).get(`${w.api}/facilitating`)).json().groups;
    expect(facilitating.map((g: { id: string }) => g.id)).toEqual([groupId]);
  });

  it('keeps an editable plan, and a log with a count, listed themes and yes/no answers only', async () => {
    const { w, groupId, heldId, people, as, coming } = await givenHeldSession();
    const fac = await as('fac-dot');
    const plan = {
      checkIn: 'Weather report',
      theme: 'Finding a GP',
      checkOut: 'One small thing',
      signposting: 'EAP 1300 000 000',
    };
    expect((await fac.put(`${w.api}/groups/${groupId}/plan`, plan)).json()).toEqual(plan);
    const log = `${w.api}/groups/${groupId}/sessions/${heldId}/log`;
    const bad = [
      [
        { attendanceCount: 3, themes: ['Dr Smith shouted at me'], signpostingGiven: true, escalationNeeded: false },
        'themes.0',
      ],
      [{ attendanceCount: -1, themes: [], signpostingGiven: true, escalationNeeded: false }, 'attendanceCount'],
      [{ attendanceCount: 3, themes: [], signpostingGiven: 'yes', escalationNeeded: false }, 'signpostingGiven'],
    ] as const;
    expect(bad.length).toBeGreaterThan(0);
    for (const [body, field] of bad) {
      const res = await fac.put(log, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    const notes = await fac.put(log, {
      attendanceCount: 3,
      themes: [],
      signpostingGiven: true,
      escalationNeeded: false,
      notes: 'Ada cried',
    });
    expect(notes.statusCode).toBe(200);
    expect(JSON.stringify(await w.query(`SELECT * FROM session_logs WHERE group_id = $1`, [groupId]))).not.toContain(
      'Ada',
    );
    const themes = ['belonging_and_isolation', 'moving_and_settling_in'];
    const saved = await fac.put(log, { attendanceCount: 3, themes, signpostingGiven: true, escalationNeeded: true });
    expect(saved.json()).toMatchObject({ attendanceCount: 3, themes, escalationNeeded: true });
    const future = (await coming()).find((s: { cancelled: boolean }) => !s.cancelled);
    const early = await fac.put(`${w.api}/groups/${groupId}/sessions/${future.id}/log`, {
      attendanceCount: 3,
      themes: [],
      signpostingGiven: false,
      escalationNeeded: false,
    });
    expect(early.json().error.code).toBe('session_not_held');
    const register = `${w.api}/groups/${groupId}/sessions/${heldId}/attendance`;
    expect((await fac.put(register, { personIds: [people['mem-cy'].id] })).json().error.field).toBe('personIds');
  });

  it('shows coordinators the groups whose facilitators have not logged supervision, until they do', async () => {
    const { w, programId, groupId, heldId, people, as } = await givenHeldSession();
    await givenPastSession(w, groupId, { daysAgo: 1 });
    const fac = await as('fac-dot');
    const log = { attendanceCount: 3, themes: [], signpostingGiven: true, escalationNeeded: true };
    expect((await fac.put(`${w.api}/groups/${groupId}/sessions/${heldId}/log`, log)).statusCode).toBe(200);
    const reportUrl = `${w.api}/group-programs/${programId}/report`;
    const report = async () => (await w.coordinator.get(reportUrl)).json().groups[0];
    expect(await report()).toMatchObject({
      sessionsHeld: 2,
      attendance: [{ count: 3 }],
      escalations: 1,
      supervision: { overdue: true, facilitatorsBehind: [{ name: 'Fac Dot' }], lastMetOn: null },
    });
    // What the page promises: members are never named, in the report or its download; facilitators only
    // where their supervision is behind, and the download names no one.
    const json = (await w.coordinator.get(reportUrl)).body;
    const csv = (await w.coordinator.get(`${reportUrl}.csv`)).body;
    const members = [people['mem-ada'], people['mem-bo'], people['mem-cy']];
    expect(members).toHaveLength(3);
    for (const member of members) {
      for (const text of [member.name, member.id, member.email]) {
        expect(json, member.name).not.toContain(text);
        expect(csv, member.name).not.toContain(text);
      }
    }
    expect(json.split(people['fac-dot'].name)).toHaveLength(2);
    expect(csv).not.toContain(people['fac-dot'].name);
    const url = `${w.api}/groups/${groupId}/supervision`;
    expect((await fac.post(url, { metOn: day(2) })).json().error.field).toBe('metOn');
    expect((await fac.post(url, { metOn: day(-1), supervisorId: people['mem-ada'].id })).json().error.field).toBe(
      'supervisorId',
    );
    const record = await fac.post(url, { metOn: day(-1), supervisorId: people['sup-fin'].id, sessionId: heldId });
    expect(record.statusCode).toBe(201);
    expect(record.json()).toMatchObject({
      facilitator: { name: 'Fac Dot' },
      supervisor: { name: 'Sup Fin' },
      sessionId: heldId,
    });
    expect((await report()).supervision).toEqual({ overdue: false, facilitatorsBehind: [], lastMetOn: day(-1) });
    expect((await fac.get(`${w.api}/groups/${groupId}/facilitation`)).json().supervision).toHaveLength(1);
  });
});
