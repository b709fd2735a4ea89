import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TestClient, type TestApp } from '#test/api.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';

let t: TestApp;
let org: SeededOrg;
let coordinator: TestClient;
let icu: string;
let programId: string;
let groupId: string;
const people: Record<string, SeededPerson> = {};
const clients: Record<string, TestClient> = {};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const api = () => `/api/orgs/${org.orgId}`;
const settings = {
  name: 'ICU trainees, Tuesday evenings',
  firstSessionOn: day(3),
  startTime: '18:30',
  location: { kind: 'video', detail: 'https://meet.example/icu' },
};

/** The settings a PUT takes, from a group as the API shows it. */
const settingsOf = ({ name, description, maxMembers, maxFacilitators, firstSessionOn, startTime, cadenceDays, durationMinutes, location, closesOn, eligibility }: Record<string, unknown>) =>
  ({ name, description, maxMembers, maxFacilitators, firstSessionOn, startTime, cadenceDays, durationMinutes, location, closesOn, eligibility });

async function as(key: string) {
  if (!clients[key]) {
    clients[key] = new TestClient(t.app);
    await clients[key].signIn(people[key]!.email, PASSWORD);
  }
  return clients[key];
}

beforeAll(async () => {
  t = await createTestApp();
  org = await seedOrganisation(t.deps.db, 'Groups Hospital');
  coordinator = new TestClient(t.app);
  await coordinator.signIn(org.coordinator.email, PASSWORD);
  const admin = new TestClient(t.app);
  await admin.signIn(org.admin.email, PASSWORD);
  icu = (await admin.post(`${api()}/departments`, { name: 'Intensive Care', siteId: org.siteId })).json().id;
  for (let i = 0; i < 16; i++) people[`icu-${i}`] = await addPerson(t.deps.db, org, { key: `icu-${i}`, careerStage: 'registrar', departmentId: icu });
  people['ed-ann'] = await addPerson(t.deps.db, org, { key: 'ed-ann', careerStage: 'registrar' });
  for (const key of ['fac-fay', 'fac-gil', 'fac-hal']) people[key] = await addPerson(t.deps.db, org, { key, careerStage: 'consultant', roles: ['member', 'facilitator'] });
});
afterAll(() => t.close());

describe('group programs and groups', () => {
  it('creates a program from a template, and a group with the default schedule and limits', async () => {
    const templates = (await coordinator.get(`${api()}/group-templates`)).json().templates.map((x: { name: string }) => x.name);
    expect(templates).toEqual(['Department peer support', 'Returning to work after a break', 'New to the area', 'Students on placement']);
    const program = await coordinator.post(`${api()}/group-programs`, { template: 'department_peer_support' });
    expect(program.statusCode).toBe(201);
    programId = program.json().id;
    expect(program.json().name).toBe('Department peer support');
    const group = await coordinator.post(`${api()}/group-programs/${programId}/groups`, { ...settings, eligibility: { departmentIds: [icu], cohortIds: [], roles: [] } });
    expect(group.statusCode).toBe(201);
    groupId = group.json().id;
    expect(group.json()).toMatchObject({ maxMembers: 6, maxFacilitators: 2, cadenceDays: 14, durationMinutes: 45, closesOn: null, timeSlot: 'weekday_evenings', members: 0 });
    const { rows } = await t.deps.database.pool.query(`SELECT starts_at FROM group_sessions WHERE group_id = $1 ORDER BY starts_at`, [groupId]);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect((rows[1].starts_at.getTime() - rows[0].starts_at.getTime()) / 86_400_000).toBeCloseTo(14, 0);
    // 18:30 in Sydney, whatever the season.
    const local = new Intl.DateTimeFormat('en-AU', { timeZone: 'Australia/Sydney', hour: '2-digit', minute: '2-digit', hour12: false }).format(rows[0].starts_at);
    expect(local).toBe('18:30');
  });

  it('answers bad settings with 400 naming the field, and never allows more than 6 members or 2 facilitators', async () => {
    const cases: [object, string][] = [
      [{ ...settings, maxMembers: 7 }, 'maxMembers'],
      [{ ...settings, maxFacilitators: 3 }, 'maxFacilitators'],
      [{ ...settings, startTime: '6pm' }, 'startTime'],
      [{ ...settings, location: { kind: 'video', detail: 'my office' } }, 'location.detail'],
      [{ ...settings, closesOn: day(1) }, 'closesOn'],
      [{ ...settings, firstSessionOn: day(-2) }, 'firstSessionOn'],
      [{ ...settings, eligibility: { departmentIds: ['7d1a3c8e-3f1b-4c59-9f0e-1c1b2b3c4d5e'], cohortIds: [], roles: [] } }, 'eligibility.departmentIds'],
    ];
    for (const [body, field] of cases) {
      const res = await coordinator.post(`${api()}/group-programs/${programId}/groups`, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    // A group that has begun keeps its first date when other settings change; a new date must not be past.
    const current = (await coordinator.get(`${api()}/group-programs/${programId}`)).json().groups.find((g: { id: string }) => g.id === groupId);
    await t.deps.database.pool.query(`UPDATE support_groups SET first_session_on = $2 WHERE id = $1`, [groupId, day(-20)]);
    const kept = await coordinator.put(`${api()}/groups/${groupId}`, { ...settingsOf(current), firstSessionOn: day(-20), description: 'Renamed after it began' });
    expect(kept.statusCode).toBe(200);
    const moved = await coordinator.put(`${api()}/groups/${groupId}`, { ...settingsOf(current), firstSessionOn: day(-10) });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.field).toBe('firstSessionOn');
    await coordinator.put(`${api()}/groups/${groupId}`, { ...settingsOf(current), firstSessionOn: settings.firstSessionOn });
    await expect(t.deps.database.pool.query(`UPDATE support_groups SET max_members = 7 WHERE id = $1`, [groupId])).rejects.toThrow(/support_groups_max_members/);
  });

  it('takes facilitators who hold the facilitator role, at most the group’s maximum', async () => {
    const url = `${api()}/groups/${groupId}/facilitators`;
    const notFacilitator = await coordinator.put(url, { personIds: [people['icu-0']!.id] });
    expect(notFacilitator.json().error.field).toBe('personIds');
    const three = await coordinator.put(url, { personIds: ['fac-fay', 'fac-gil', 'fac-hal'].map((k) => people[k]!.id) });
    expect(three.statusCode).toBe(400);
    const two = await coordinator.put(url, { personIds: ['fac-fay', 'fac-gil'].map((k) => people[k]!.id) });
    expect(two.json().facilitators.map((f: { name: string }) => f.name)).toEqual(['Fac Fay', 'Fac Gil']);
    expect((await (await as('icu-0')).put(url, { personIds: [] })).statusCode).toBe(403);
    await t.deps.database.pool.query(`INSERT INTO group_memberships (org_id, group_id, person_id, status) VALUES ($1, $2, $3, 'waiting')`, [org.orgId, groupId, people['fac-hal']!.id]);
    const both = await coordinator.put(url, { personIds: [people['fac-hal']!.id] });
    expect(both.json().error).toMatchObject({ field: 'personIds', message: expect.stringContaining('cannot also facilitate') });
    await t.deps.database.pool.query(`DELETE FROM group_memberships WHERE person_id = $1`, [people['fac-hal']!.id]);
  });

  it('never ends with more facilitators than the maximum when the maximum is lowered at the same moment', async () => {
    const url = `${api()}/groups/${groupId}/facilitators`;
    const group = () => coordinator.get(`${api()}/group-programs/${programId}`).then((r) => r.json().groups.find((g: { id: string }) => g.id === groupId));
    const settings = async (maxFacilitators: number) => {
      const { id: _id, programId: _p, timeSlot: _s, members: _m, offered: _o, waiting: _w, facilitators: _f, ...current } = await group();
      return { ...current, maxFacilitators };
    };
    for (let round = 0; round < 5; round++) {
      expect((await coordinator.put(url, { personIds: [people['fac-fay']!.id] })).statusCode).toBe(200);
      expect((await coordinator.put(`${api()}/groups/${groupId}`, await settings(2))).statusCode).toBe(200);
      const lower = await settings(1);
      const [two, one] = await Promise.all([coordinator.put(url, { personIds: ['fac-fay', 'fac-gil'].map((k) => people[k]!.id) }), coordinator.put(`${api()}/groups/${groupId}`, lower)]);
      // Whichever came first, the other is refused: two facilitators and a maximum of 1 never stand together.
      expect([two.statusCode, one.statusCode].sort()).toEqual(two.statusCode === 200 ? [200, 409] : [200, 400]);
      const after = await group();
      expect(after.facilitators.length).toBeLessThanOrEqual(after.maxFacilitators);
    }
    expect((await coordinator.put(`${api()}/groups/${groupId}`, await settings(2))).statusCode).toBe(200);
    expect((await coordinator.put(url, { personIds: ['fac-fay', 'fac-gil'].map((k) => people[k]!.id) })).statusCode).toBe(200);
  });
});

describe('joining', () => {
  it('shows members only the groups they are eligible for, without where they meet', async () => {
    const listed = (await (await as('icu-0')).get(`${api()}/groups`)).json().groups;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ name: settings.name, placesLeft: 6, waiting: 0, location: { kind: 'video', detail: null }, membership: { status: 'none' }, sessions: [] });
    const ann = await as('ed-ann');
    expect((await ann.get(`${api()}/groups`)).json().groups).toEqual([]);
    expect((await ann.get(`${api()}/groups/${groupId}`)).statusCode).toBe(404);
    expect((await ann.post(`${api()}/groups/${groupId}/membership`)).statusCode).toBe(404);
  });

  it('lets 5 join, then gives the last place to exactly one of 10 claiming it at once; the others wait in line', async () => {
    for (let i = 0; i < 5; i++) expect((await (await as(`icu-${i}`)).post(`${api()}/groups/${groupId}/membership`)).json().status).toBe('member');
    const rush = await Promise.all([...Array(10).keys()].map(async (i) => (await as(`icu-${i + 5}`)).post(`${api()}/groups/${groupId}/membership`)));
    expect(rush.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    const statuses = rush.map((r) => r.json().status);
    expect(statuses.filter((s) => s === 'member')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(9);
    expect(rush.map((r) => r.json().waitlistPosition).filter(Boolean).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const { rows } = await t.deps.database.pool.query(`SELECT count(*)::int AS n FROM group_memberships WHERE group_id = $1 AND status = 'member'`, [groupId]);
    expect(rows[0].n).toBe(6);
    const member = (await (await as('icu-0')).get(`${api()}/groups/${groupId}`)).json();
    expect(member).toMatchObject({ placesLeft: 0, waiting: 9, membership: { status: 'member' }, location: { detail: 'https://meet.example/icu' } });
    expect(member.sessions.length).toBeGreaterThan(0);
    const again = await (await as('icu-0')).post(`${api()}/groups/${groupId}/membership`);
    expect(again.json().error.code).toBe('already_joined');
  });

  it('refuses to shrink the group below the places taken, naming the field', async () => {
    const group = (await coordinator.get(`${api()}/group-programs/${programId}`)).json().groups[0];
    const { id: _id, programId: _p, timeSlot: _s, members: _m, offered: _o, waiting: _w, facilitators: _f, ...current } = group;
    const res = await coordinator.put(`${api()}/groups/${groupId}`, { ...current, maxMembers: 5 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'too_many_members', field: 'maxMembers' });
  });

  it('offers a freed place to the first in line, by notification and e-mail; a lapsed offer passes to the next', async () => {
    const waiting = async () =>
      (await t.deps.database.pool.query(`SELECT person_id, status FROM group_memberships WHERE group_id = $1 AND status IN ('waiting', 'offered') ORDER BY queued_at`, [groupId])).rows;
    const line = await waiting();
    const first = Object.keys(people).find((k) => people[k]!.id === line[0].person_id)!;
    const second = Object.keys(people).find((k) => people[k]!.id === line[1].person_id)!;
    expect((await (await as('icu-0')).delete(`${api()}/groups/${groupId}/membership`)).statusCode).toBe(204);
    const offered = (await (await as(first)).get(`${api()}/groups/${groupId}`)).json().membership;
    expect(offered.status).toBe('offered');
    expect(Date.parse(offered.offerExpiresAt) - Date.now()).toBeGreaterThan(47 * 3_600_000);
    expect((await t.mail.next(people[first]!.email, { subject: /is yours/ })).text).toContain('48 hours');
    expect((await (await as(second)).get(`${api()}/groups/${groupId}`)).json().membership).toMatchObject({ status: 'waiting', waitlistPosition: 1 });
    // Someone new cannot take the offered place.
    const newcomer = await (await as('icu-15')).post(`${api()}/groups/${groupId}/membership`);
    expect(newcomer.json()).toMatchObject({ status: 'waiting', waitlistPosition: 9 });

    await t.deps.database.pool.query(`UPDATE group_memberships SET offer_expires_at = now() - interval '1 minute' WHERE group_id = $1 AND status = 'offered'`, [groupId]);
    expect((await (await as(first)).post(`${api()}/groups/${groupId}/membership/accept`)).json().error.code).toBe('offer_lapsed');
    const { lapseOffers } = await import('./membership.ts');
    const [a, b] = await Promise.all([lapseOffers(t.deps), lapseOffers(t.deps)]);
    expect(a + b).toBe(1);
    expect((await (await as(first)).get(`${api()}/groups/${groupId}`)).json().membership.status).toBe('none');
    expect((await (await as(second)).get(`${api()}/groups/${groupId}`)).json().membership.status).toBe('offered');
    const accepted = await (await as(second)).post(`${api()}/groups/${groupId}/membership/accept`);
    expect(accepted.json()).toMatchObject({ status: 'member', waitlistPosition: null });
    const { rows } = await t.deps.database.pool.query(`SELECT count(*)::int AS n FROM group_memberships WHERE group_id = $1 AND status IN ('member', 'offered')`, [groupId]);
    expect(rows[0].n).toBe(6);
  });

  it('offers new places to the wait-list when the coordinator makes the group larger', async () => {
    const small = (await coordinator.post(`${api()}/group-programs/${programId}/groups`, { ...settings, name: 'Small group', maxMembers: 2 })).json();
    for (const key of ['icu-10', 'icu-11', 'icu-12']) await (await as(key)).post(`${api()}/groups/${small.id}/membership`);
    expect((await (await as('icu-12')).get(`${api()}/groups/${small.id}`)).json().membership.status).toBe('waiting');
    const { id: _id, programId: _p, timeSlot: _s, members: _m, offered: _o, waiting: _w, facilitators: _f, ...current } = small;
    const larger = (await coordinator.put(`${api()}/groups/${small.id}`, { ...current, maxMembers: 3 })).json();
    expect(larger).toMatchObject({ maxMembers: 3, members: 2, offered: 1, waiting: 0 });
    expect((await (await as('icu-12')).get(`${api()}/groups/${small.id}`)).json().membership.status).toBe('offered');
  });

  it('plans no session after its closing date, and once closed takes no one and leaves the list', async () => {
    // Every 14 days from day 3, closing on day 30: sessions on days 3 and 17 only (day 31 would be past it).
    const closing = (await coordinator.post(`${api()}/group-programs/${programId}/groups`, { ...settings, name: 'Closing group', closesOn: day(30) })).json();
    const { rows } = await t.deps.database.pool.query(`SELECT to_char(starts_at AT TIME ZONE 'Australia/Sydney', 'YYYY-MM-DD') AS on FROM group_sessions WHERE group_id = $1 ORDER BY starts_at`, [closing.id]);
    expect(rows.map((r) => r.on)).toEqual([day(3), day(17)]);
    expect(rows.every((r) => r.on <= day(30))).toBe(true);
    await (await as('icu-13')).post(`${api()}/groups/${closing.id}/membership`);

    // The closing date passes.
    await t.deps.database.pool.query(`UPDATE support_groups SET closes_on = $2 WHERE id = $1`, [closing.id, day(-1)]);
    const late = await (await as('icu-14')).post(`${api()}/groups/${closing.id}/membership`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('group_closed');
    expect((await (await as('icu-14')).get(`${api()}/groups`)).json().groups.map((g: { id: string }) => g.id)).not.toContain(closing.id);
    // Its member still finds it, to see its history.
    expect((await (await as('icu-13')).get(`${api()}/groups`)).json().groups.map((g: { id: string }) => g.id)).toContain(closing.id);
  });
});
