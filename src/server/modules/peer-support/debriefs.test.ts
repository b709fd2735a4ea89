import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import { givenAssessorRelation } from '#test/fixtures.ts';
import {
  dayFromToday as day,
  givenDepartment,
  givenPeerWorld,
  givenPerson,
  givenSupporter,
  type PeerWorld,
} from '#test/fixtures-peer-support.ts';
import { cameFigure } from './debriefs.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000).toISOString();

/**
 * A team after an event: Ward Lead (a supervisor) who asks for debriefs, six people who were there (Team A to Team F),
 * two supporters (Sup Sam, Sup Kim), one more (Sup Lee) who assesses Team A, and Mem Out, who was not there.
 */
async function givenTeam(w?: PeerWorld) {
  w ??= await givenPeerWorld(t, {}, 'Debrief Hospital');
  const wardLead = await givenPerson(w, 'ward-lead', { roles: ['member', 'supervisor'], careerStage: 'consultant' });
  const team = [];
  for (const key of ['team-a', 'team-b', 'team-c', 'team-d', 'team-e', 'team-f']) team.push(await givenPerson(w, key));
  const sam = await givenSupporter(w, 'sup-sam');
  const kim = await givenSupporter(w, 'sup-kim');
  const lee = await givenSupporter(w, 'sup-lee');
  await givenAssessorRelation(w.db, {
    orgId: w.org.orgId,
    traineeId: team[0]!.id,
    assessorId: lee.id,
    kind: 'assessor',
    source: 'organisation',
  });
  const outsider = await givenPerson(w, 'mem-out');
  return { w, wardLead, team, sam, kim, lee, outsider };
}

type Team = Awaited<ReturnType<typeof givenTeam>>;

async function requested(x: Team, overrides: Record<string, unknown> = {}) {
  const res = await (
    await x.w.as(x.wardLead)
  ).post(`${x.w.api}/peer-support/debriefs`, {
    eventOn: day(-1),
    departmentId: x.w.org.departmentId,
    inviteePersonIds: x.team.map((p) => p.id),
    ...overrides,
  });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function scheduled(x: Team) {
  const debrief = await requested(x);
  const res = await x.w.lead.put(`${x.w.api}/peer-support/debriefs/${debrief.id}/schedule`, {
    startsAt: inTwoDays(),
    place: 'Seminar room 2',
    supporterAId: x.sam.id,
    supporterBId: x.kim.id,
  });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('asking for a team debrief', () => {
  it('lets a department lead ask for one for people of the organisation; the lead hears of it', async () => {
    const x = await givenTeam();
    const debrief = await requested(x);
    expect(debrief).toMatchObject({
      eventOn: day(-1),
      department: 'Emergency Medicine',
      status: 'requested',
      invited: 6,
      came: { suppressed: true, value: null },
      supporters: [],
      startsAt: null,
    });
    const notes = (await x.w.lead.get(`${x.w.api}/notifications`)).json();
    expect(JSON.stringify(notes)).toContain('A team debrief was asked for');
    const mine = (await (await x.w.as(x.wardLead)).get(`${x.w.api}/peer-support/debriefs/requested`)).json();
    expect(mine.debriefs.map((d: { id: string }) => d.id)).toEqual([debrief.id]);
    const all = (await x.w.lead.get(`${x.w.api}/peer-support/debriefs`)).json();
    expect(all.debriefs.map((d: { id: string }) => d.id)).toEqual([debrief.id]);
    // Someone else who may ask sees only their own.
    const other = await givenPerson(x.w, 'other-lead', { roles: ['member', 'supervisor'] });
    expect((await (await x.w.as(other)).get(`${x.w.api}/peer-support/debriefs/requested`)).json().debriefs).toEqual([]);
  });

  it('refuses members without the role, a future date, nobody invited, and people or departments not found here', async () => {
    const x = await givenTeam();
    const elsewhere = await givenPeerWorld(t, {}, 'Elsewhere Hospital');
    const stranger = await givenPerson(elsewhere, 'far-away');
    const farDepartment = await givenDepartment(elsewhere, 'Far Surgery');
    const url = `${x.w.api}/peer-support/debriefs`;
    const body = { eventOn: day(-1), departmentId: null, inviteePersonIds: [x.team[0]!.id] };
    expect((await (await x.w.as(x.outsider)).post(url, body)).statusCode).toBe(403);
    expect((await (await x.w.as(x.outsider)).get(`${url}/requested`)).statusCode).toBe(403);
    expect((await (await x.w.as(x.wardLead)).get(url)).statusCode).toBe(403);
    const as = await x.w.as(x.wardLead);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ eventOn: day(2) }, 400, 'eventOn'],
      [{ eventOn: 'yesterday' }, 400, 'eventOn'],
      [{ inviteePersonIds: [] }, 400, 'inviteePersonIds'],
      [{ inviteePersonIds: [stranger.id] }, 404, 'inviteePersonIds'],
      [{ departmentId: farDepartment }, 404, 'departmentId'],
    ];
    for (const [change, status, field] of cases) {
      const res = await as.post(url, { ...body, ...change });
      expect([res.statusCode, res.json().error.field]).toEqual([status, field]);
    }
    expect((await x.w.lead.get(url)).json().debriefs).toEqual([]);
  });
});

describe('scheduling', () => {
  it('invites everyone who was there, offered and never required, and shows the supporters who is coming', async () => {
    const x = await givenTeam();
    const debrief = await scheduled(x);
    expect(debrief).toMatchObject({ status: 'scheduled', place: 'Seminar room 2' });
    expect(debrief.supporters.map((s: { name: string }) => s.name).sort()).toEqual(['Sup Kim', 'Sup Sam']);

    const mail = await t.mail.next(x.team[1]!.email, { subject: /team debrief/ });
    expect(mail.text).toContain('offered, never required');
    expect(mail.text).toContain('Seminar room 2');
    await t.mail.next(x.sam.email, { subject: /running a team debrief/ });

    const b = await x.w.as(x.team[1]!);
    const overview = (await b.get(`${x.w.api}/talk`)).json();
    expect(overview.debriefInvitations).toEqual([
      expect.objectContaining({ id: debrief.id, status: 'scheduled', place: 'Seminar room 2', response: null }),
    ]);
    const answered = await b.put(`${x.w.api}/talk/debriefs/${debrief.id}/response`, { response: 'not_coming' });
    expect(answered.json()).toMatchObject({ id: debrief.id, response: 'not_coming' });
    expect(
      (await b.put(`${x.w.api}/talk/debriefs/${debrief.id}/response`, { response: 'maybe' })).json().error.field,
    ).toBe('response');

    const assigned = (await (await x.w.as(x.sam)).get(`${x.w.api}/peer-support/debriefs/assigned`)).json();
    expect(assigned.debriefs).toHaveLength(1);
    const teamB = assigned.debriefs[0].invitees.find((i: { person: { id: string } }) => i.person.id === x.team[1]!.id);
    expect(teamB).toEqual({ person: { id: x.team[1]!.id, name: 'Team B' }, response: 'not_coming', attended: false });
    expect((await (await x.w.as(x.lee)).get(`${x.w.api}/peer-support/debriefs/assigned`)).json().debriefs).toEqual([]);

    // The requester and the lead learn when and where, never who answered what.
    for (const client of [await x.w.as(x.wardLead), x.w.lead]) {
      const path = client === x.w.lead ? 'debriefs' : 'debriefs/requested';
      const body = (await client.get(`${x.w.api}/peer-support/${path}`)).body;
      expect(body).not.toContain('Team B');
      expect(body).not.toContain(x.team[1]!.id);
      expect(body).not.toContain('not_coming');
    }
  });

  it('takes two peer supporters, neither of them there nor related to anyone invited (no-assessor rule)', async () => {
    const x = await givenTeam();
    const debrief = await requested(x);
    const url = `${x.w.api}/peer-support/debriefs/${debrief.id}/schedule`;
    const body = { startsAt: inTwoDays(), place: 'Room 1', supporterAId: x.sam.id, supporterBId: x.kim.id };
    const cases: [Record<string, unknown>, number, string, string][] = [
      [{ supporterAId: x.outsider.id }, 409, 'not_a_supporter', 'supporterAId'],
      [{ supporterBId: x.lee.id }, 409, 'no_assessor_rule', 'supporterBId'],
      [{ supporterBId: x.sam.id }, 400, 'invalid_input', 'supporterBId'],
      [{ startsAt: new Date(Date.now() - 60_000).toISOString() }, 400, 'invalid_input', 'startsAt'],
      [{ place: '' }, 400, 'invalid_input', 'place'],
    ];
    for (const [change, status, code, field] of cases) {
      const res = await x.w.lead.put(url, { ...body, ...change });
      expect([res.statusCode, res.json().error.code, res.json().error.field]).toEqual([status, code, field]);
    }
    const there = await givenSupporter(x.w, 'sup-there');
    const withThem = await requested(x, { inviteePersonIds: [there.id, x.team[1]!.id] });
    const res = await x.w.lead.put(`${x.w.api}/peer-support/debriefs/${withThem.id}/schedule`, {
      ...body,
      supporterAId: there.id,
    });
    expect([res.statusCode, res.json().error.field]).toEqual([400, 'supporterAId']);
    expect((await (await x.w.as(x.wardLead)).put(url, body)).statusCode).toBe(403);
    // Nobody was invited by the refusals.
    expect((await (await x.w.as(x.team[1]!)).get(`${x.w.api}/talk`)).json().debriefInvitations).toEqual([]);
  });

  it('cancels: those invited are told, and it can no longer be answered or scheduled', async () => {
    const x = await givenTeam();
    const debrief = await scheduled(x);
    const cancelled = await x.w.lead.post(`${x.w.api}/peer-support/debriefs/${debrief.id}/cancel`);
    expect(cancelled.json().status).toBe('cancelled');
    await t.mail.next(x.team[2]!.email, { subject: /cancelled/ });
    const c = await x.w.as(x.team[2]!);
    const answer = await c.put(`${x.w.api}/talk/debriefs/${debrief.id}/response`, { response: 'coming' });
    expect([answer.statusCode, answer.json().error.code]).toEqual([409, 'conflict']);
    const again = await x.w.lead.put(`${x.w.api}/peer-support/debriefs/${debrief.id}/schedule`, {
      startsAt: inTwoDays(),
      place: 'Room 1',
      supporterAId: x.sam.id,
      supporterBId: x.kim.id,
    });
    expect(again.statusCode).toBe(409);
  });
});

describe('after the debrief', () => {
  it('records who came, from its start, by its supporters; the requester learns how many, never who', async () => {
    const x = await givenTeam();
    const debrief = await scheduled(x);
    const url = `${x.w.api}/peer-support/debriefs/${debrief.id}/held`;
    const sam = await x.w.as(x.sam);
    const five = x.team.slice(0, 5).map((p) => p.id);
    const early = await sam.post(url, { attendedPersonIds: five });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'debrief_not_scheduled']);
    await x.w.query(`UPDATE team_debriefs SET starts_at = now() - interval '1 hour' WHERE id = $1`, [debrief.id]);
    expect((await (await x.w.as(x.lee)).post(url, { attendedPersonIds: five })).statusCode).toBe(404);
    expect((await (await x.w.as(x.team[0]!)).post(url, { attendedPersonIds: five })).statusCode).toBe(404);
    const stranger = await sam.post(url, { attendedPersonIds: [x.outsider.id] });
    expect([stranger.statusCode, stranger.json().error.field]).toEqual([400, 'attendedPersonIds']);

    // Five of six came: shown, one who stayed away could be worked out from "invited 6", so it is hidden.
    const held = await sam.post(url, { attendedPersonIds: five });
    expect(held.json()).toMatchObject({ status: 'held', invited: 6, came: { suppressed: true, value: null } });
    const all = await x.w.lead.post(url, { attendedPersonIds: x.team.map((p) => p.id) });
    expect(all.json().came).toEqual({ suppressed: false, value: 6 });
    const seen = (await (await x.w.as(x.wardLead)).get(`${x.w.api}/peer-support/debriefs/requested`)).body;
    expect(JSON.parse(seen).debriefs[0].came).toEqual({ suppressed: false, value: 6 });
    expect(seen).not.toContain(x.team[0]!.id);
    const assigned = (await sam.get(`${x.w.api}/peer-support/debriefs/assigned`)).json();
    expect(assigned.debriefs[0].invitees.every((i: { attended: boolean }) => i.attended)).toBe(true);
  });

  it('hides how many came under 5, and whenever between 1 and 4 invited stayed away', () => {
    const figure = (invited: number, came: number) => cameFigure({ invited, came }).value;
    expect([figure(6, 0), figure(6, 4), figure(6, 5), figure(9, 5), figure(10, 5), figure(6, 6)]).toEqual([
      null,
      null,
      null,
      null,
      5,
      6,
    ]);
  });

  it('lets someone invited ask for a one-to-one; nobody else', async () => {
    const x = await givenTeam();
    const debrief = await scheduled(x);
    const url = `${x.w.api}/talk/debriefs/${debrief.id}/one-to-one`;
    const choice = { contactMethod: 'phone', contactDetail: '0400 111 222', topic: 'code_debrief' };
    expect((await (await x.w.as(x.outsider)).post(url, choice)).statusCode).toBe(404);
    const bad = await (await x.w.as(x.team[3]!)).post(url, { contactMethod: 'phone' });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'contactDetail']);
    const res = await (await x.w.as(x.team[3]!)).post(url, choice);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ topic: 'code_debrief', contactMethod: 'phone' });
    const [row] = await x.w.query(`SELECT origin, requester_id FROM peer_requests WHERE id = $1`, [res.json().id]);
    expect(row).toEqual({ origin: 'debrief', requester_id: x.team[3]!.id });
  });
});

describe('another organisation', () => {
  it('gets 404 for every debrief route of this one', async () => {
    const x = await givenTeam();
    const debrief = await scheduled(x);
    const other = await givenPeerWorld(t, {}, 'Other Debrief Hospital');
    const theirs = await givenTeam(other);
    const base = `${other.api}/peer-support/debriefs/${debrief.id}`;
    const schedule = { startsAt: inTwoDays(), place: 'Room', supporterAId: theirs.sam.id, supporterBId: theirs.kim.id };
    expect((await other.lead.put(`${base}/schedule`, schedule)).statusCode).toBe(404);
    expect((await other.lead.post(`${base}/cancel`)).statusCode).toBe(404);
    expect((await other.lead.post(`${base}/held`, { attendedPersonIds: [] })).statusCode).toBe(404);
    const member = await other.as(theirs.team[0]!);
    expect(
      (await member.put(`${other.api}/talk/debriefs/${debrief.id}/response`, { response: 'coming' })).statusCode,
    ).toBe(404);
    expect(
      (await member.post(`${other.api}/talk/debriefs/${debrief.id}/one-to-one`, { contactMethod: 'chat' })).statusCode,
    ).toBe(404);
    expect((await other.lead.get(`${other.api}/peer-support/debriefs`)).json().debriefs).toEqual([]);
    // And this organisation's URLs answer 404 to someone who is not a member of it.
    expect((await other.lead.get(`${x.w.api}/peer-support/debriefs`)).statusCode).toBe(404);
  });
});
