import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  dayFromToday as day,
  givenDepartment,
  givenGroup,
  givenGroupProgram,
  givenMembersOf,
  givenOrganisation,
  givenPerson,
  type GroupsWorld,
} from '#test/fixtures-groups.ts';
import type { SeededPerson } from '#test/fixtures.ts';
import { lapseOffers } from './membership.ts';

let t: TestApp;

const settings = {
  name: 'ICU trainees, Tuesday evenings',
  firstSessionOn: day(3),
  startTime: '18:30',
  location: { kind: 'video', detail: 'https://meet.example/icu' },
};

/** The settings a PUT takes, from a group as the API shows it. */
const settingsOf = ({
  id: _id,
  programId: _p,
  timeSlot: _s,
  members: _m,
  offered: _o,
  waiting: _w,
  facilitators: _f,
  ...rest
}: Record<string, unknown>) => rest;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An organisation with an Intensive Care department, and a program whose one group is for that department. */
async function givenIcuGroup() {
  const w = await givenOrganisation(t, 'Groups Hospital');
  const icu = await givenDepartment(w, 'Intensive Care');
  const programId = await givenGroupProgram(w);
  const group = await givenGroup(w, {
    programId,
    ...settings,
    eligibility: { departmentIds: [icu], cohortIds: [], roles: [] },
  });
  /** Trainees of Intensive Care, 'icu-<n>', who have not joined anything. */
  const icuTrainees = async (from: number, to: number) => {
    const people: SeededPerson[] = [];
    for (let i = from; i < to; i++) people.push(await givenPerson(w, `icu-${i}`, { departmentId: icu }));
    return people;
  };
  /** The group as the coordinator sees it in its program. */
  const current = async (groupId = group.id) =>
    (await w.coordinator.get(`${w.api}/group-programs/${programId}`))
      .json()
      .groups.find((g: { id: string }) => g.id === groupId);
  return { w, icu, programId, groupId: group.id, icuTrainees, current };
}

const facilitator = (w: GroupsWorld, key: string) =>
  givenPerson(w, key, { careerStage: 'consultant', roles: ['member', 'facilitator'] });

/** These people join the group, one after another; answers how each stands after joining. */
async function join(w: GroupsWorld, groupId: string, people: SeededPerson[]) {
  expect(people.length).toBeGreaterThan(0);
  const statuses: string[] = [];
  for (const p of people)
    statuses.push((await (await w.as(p)).post(`${w.api}/groups/${groupId}/membership`)).json().status);
  return statuses;
}

describe('group programs and groups', () => {
  it('creates a program from a template, and a group with the default schedule and limits', async () => {
    const w = await givenOrganisation(t, 'Groups Hospital');
    const icu = await givenDepartment(w, 'Intensive Care');
    const templates = (await w.coordinator.get(`${w.api}/group-templates`))
      .json()
      .templates.map((x: { name: string }) => x.name);
    expect(templates).toEqual([
      'Department peer support',
      'Returning to work after a break',
      'New to the area',
      'Students on placement',
    ]);
    const program = await w.coordinator.post(`${w.api}/group-programs`, { template: 'department_peer_support' });
    expect(program.statusCode).toBe(201);
    expect(program.json().name).toBe('Department peer support');
    const group = await w.coordinator.post(`${w.api}/group-programs/${program.json().id}/groups`, {
      ...settings,
      eligibility: { departmentIds: [icu], cohortIds: [], roles: [] },
    });
    expect(group.statusCode).toBe(201);
    expect(group.json()).toMatchObject({
      maxMembers: 6,
      maxFacilitators: 2,
      cadenceDays: 14,
      durationMinutes: 45,
      closesOn: null,
      timeSlot: 'weekday_evenings',
      members: 0,
    });
    const rows = await w.query(`SELECT starts_at FROM group_sessions WHERE group_id = $1 ORDER BY starts_at`, [
      group.json().id,
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect((rows[1]!.starts_at.getTime() - rows[0]!.starts_at.getTime()) / 86_400_000).toBeCloseTo(14, 0);
    // 18:30 in Sydney, whatever the season.
    const sydney = new Intl.DateTimeFormat('en-AU', {
      timeZone: 'Australia/Sydney',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    });
    expect(sydney.format(rows[0]!.starts_at)).toBe('18:30');
  });

  it('answers bad settings with 400 naming the field, and never allows more than 6 members or 2 facilitators', async () => {
    const { w, programId, groupId, current } = await givenIcuGroup();
    const cases: [object, string][] = [
      [{ ...settings, maxMembers: 7 }, 'maxMembers'],
      [{ ...settings, maxFacilitators: 3 }, 'maxFacilitators'],
      [{ ...settings, startTime: '6pm' }, 'startTime'],
      [{ ...settings, location: { kind: 'video', detail: 'my office' } }, 'location.detail'],
      [{ ...settings, closesOn: day(1) }, 'closesOn'],
      [{ ...settings, firstSessionOn: day(-2) }, 'firstSessionOn'],
      [
        {
          ...settings,
          eligibility: { departmentIds: ['7d1a3c8e-3f1b-4c59-9f0e-1c1b2b3c4d5e'], cohortIds: [], roles: [] },
        },
        'eligibility.departmentIds',
      ],
    ];
    expect(cases.length).toBeGreaterThan(0);
    for (const [body, field] of cases) {
      const res = await w.coordinator.post(`${w.api}/group-programs/${programId}/groups`, body);
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error.field).toBe(field);
    }
    // A group that has begun keeps its first date when other settings change; a new date must not be past.
    const before = settingsOf(await current());
    await w.query(`UPDATE support_groups SET first_session_on = $2 WHERE id = $1`, [groupId, day(-20)]);
    const url = `${w.api}/groups/${groupId}`;
    const kept = await w.coordinator.put(url, {
      ...before,
      firstSessionOn: day(-20),
      description: 'Renamed after it began',
    });
    expect(kept.statusCode).toBe(200);
    const moved = await w.coordinator.put(url, { ...before, firstSessionOn: day(-10) });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.field).toBe('firstSessionOn');
    await w.coordinator.put(url, { ...before, firstSessionOn: settings.firstSessionOn });
    await expect(w.query(`UPDATE support_groups SET max_members = 7 WHERE id = $1`, [groupId])).rejects.toThrow(
      /support_groups_max_members/,
    );
  });

  it('takes facilitators who hold the facilitator role, at most the group’s maximum', async () => {
    const { w, groupId, icuTrainees } = await givenIcuGroup();
    const [trainee] = await icuTrainees(0, 1);
    const [fay, gil, hal] = [
      await facilitator(w, 'fac-fay'),
      await facilitator(w, 'fac-gil'),
      await facilitator(w, 'fac-hal'),
    ];
    const url = `${w.api}/groups/${groupId}/facilitators`;
    const notFacilitator = await w.coordinator.put(url, { personIds: [trainee!.id] });
    expect(notFacilitator.json().error.field).toBe('personIds');
    const three = await w.coordinator.put(url, { personIds: [fay.id, gil.id, hal.id] });
    expect(three.statusCode).toBe(400);
    const two = await w.coordinator.put(url, { personIds: [fay.id, gil.id] });
    expect(two.json().facilitators.map((f: { name: string }) => f.name)).toEqual(['Fac Fay', 'Fac Gil']);
    expect((await (await w.as(trainee!)).put(url, { personIds: [] })).statusCode).toBe(403);
    await w.query(
      `INSERT INTO group_memberships (org_id, group_id, person_id, status) VALUES ($1, $2, $3, 'waiting')`,
      [w.org.orgId, groupId, hal.id],
    );
    const both = await w.coordinator.put(url, { personIds: [hal.id] });
    expect(both.json().error).toMatchObject({
      field: 'personIds',
      message: expect.stringContaining('cannot also facilitate'),
    });
  });

  it('never ends with more facilitators than the maximum when the maximum is lowered at the same moment', async () => {
    const { w, groupId, current } = await givenIcuGroup();
    const [fay, gil] = [await facilitator(w, 'fac-fay'), await facilitator(w, 'fac-gil')];
    const url = `${w.api}/groups/${groupId}/facilitators`;
    const withMaximum = async (maxFacilitators: number) => ({ ...settingsOf(await current()), maxFacilitators });
    for (let round = 0; round < 5; round++) {
      expect((await w.coordinator.put(url, { personIds: [fay.id] })).statusCode).toBe(200);
      expect((await w.coordinator.put(`${w.api}/groups/${groupId}`, await withMaximum(2))).statusCode).toBe(200);
      const lower = await withMaximum(1);
      const [two, one] = await Promise.all([
        w.coordinator.put(url, { personIds: [fay.id, gil.id] }),
        w.coordinator.put(`${w.api}/groups/${groupId}`, lower),
      ]);
      // Whichever came first, the other is refused: two facilitators and a maximum of 1 never stand together.
      expect([two.statusCode, one.statusCode].sort()).toEqual(two.statusCode === 200 ? [200, 409] : [200, 400]);
      const after = await current();
      expect(after.facilitators.length).toBeLessThanOrEqual(after.maxFacilitators);
    }
    expect((await w.coordinator.put(`${w.api}/groups/${groupId}`, await withMaximum(2))).statusCode).toBe(200);
    expect((await w.coordinator.put(url, { personIds: [fay.id, gil.id] })).statusCode).toBe(200);
  });
});

describe('joining', () => {
  it('shows members only the groups they are eligible for, without where they meet', async () => {
    const { w, groupId, icuTrainees } = await givenIcuGroup();
    const [trainee] = await icuTrainees(0, 1);
    const listed = (await (await w.as(trainee!)).get(`${w.api}/groups`)).json().groups;
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      name: settings.name,
      placesLeft: 6,
      waiting: 0,
      location: { kind: 'video', detail: null },
      membership: { status: 'none' },
      sessions: [],
    });
    const ann = await w.as(await givenPerson(w, 'ed-ann'));
    expect((await ann.get(`${w.api}/groups`)).json().groups).toEqual([]);
    expect((await ann.get(`${w.api}/groups/${groupId}`)).statusCode).toBe(404);
    expect((await ann.post(`${w.api}/groups/${groupId}/membership`)).statusCode).toBe(404);
  });

  it('lets 5 join, then gives the last place to exactly one of 10 claiming it at once; the others wait in line', async () => {
    const { w, groupId, icuTrainees } = await givenIcuGroup();
    const first = await icuTrainees(0, 5);
    expect(await join(w, groupId, first)).toEqual(Array(5).fill('member'));
    const clients = await Promise.all((await icuTrainees(5, 15)).map((p) => w.as(p)));
    const rush = await Promise.all(clients.map((c) => c.post(`${w.api}/groups/${groupId}/membership`)));
    expect(rush.map((r) => r.statusCode)).toEqual(Array(10).fill(201));
    const statuses = rush.map((r) => r.json().status);
    expect(statuses.filter((s) => s === 'member')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'waiting')).toHaveLength(9);
    const positions = rush.map((r) => r.json().waitlistPosition).filter(Boolean);
    expect(positions.sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const [members] = await w.query(
      `SELECT count(*)::int AS n FROM group_memberships WHERE group_id = $1 AND status = 'member'`,
      [groupId],
    );
    expect(members!.n).toBe(6);
    const member = (await (await w.as(first[0]!)).get(`${w.api}/groups/${groupId}`)).json();
    expect(member).toMatchObject({
      placesLeft: 0,
      waiting: 9,
      membership: { status: 'member' },
      location: { detail: 'https://meet.example/icu' },
    });
    expect(member.sessions.length).toBeGreaterThan(0);
    const again = await (await w.as(first[0]!)).post(`${w.api}/groups/${groupId}/membership`);
    expect(again.json().error.code).toBe('already_joined');
  });

  it('refuses to shrink the group below the places taken, naming the field', async () => {
    const { w, groupId, icuTrainees, current } = await givenIcuGroup();
    await join(w, groupId, await icuTrainees(0, 6));
    const res = await w.coordinator.put(`${w.api}/groups/${groupId}`, {
      ...settingsOf(await current()),
      maxMembers: 5,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'too_many_members', field: 'maxMembers' });
  });

  it('offers a freed place to the first in line, by notification and e-mail; a lapsed offer passes to the next', async () => {
    const { w, groupId, icuTrainees } = await givenIcuGroup();
    const members = await icuTrainees(0, 6);
    const line = await icuTrainees(6, 9);
    expect(await join(w, groupId, [...members, ...line])).toEqual([
      ...Array(6).fill('member'),
      ...Array(3).fill('waiting'),
    ]);
    const [first, second] = [line[0]!, line[1]!];
    const standing = async (p: SeededPerson) =>
      (await (await w.as(p)).get(`${w.api}/groups/${groupId}`)).json().membership;
    expect((await (await w.as(members[0]!)).delete(`${w.api}/groups/${groupId}/membership`)).statusCode).toBe(204);
    const offered = await standing(first);
    expect(offered.status).toBe('offered');
    expect(Date.parse(offered.offerExpiresAt) - Date.now()).toBeGreaterThan(47 * 3_600_000);
    expect((await t.mail.next(first.email, { subject: /is yours/ })).text).toContain('48 hours');
    expect(await standing(second)).toMatchObject({ status: 'waiting', waitlistPosition: 1 });
    // Someone new cannot take the offered place.
    const [newcomer] = await icuTrainees(15, 16);
    const late = await (await w.as(newcomer!)).post(`${w.api}/groups/${groupId}/membership`);
    expect(late.json()).toMatchObject({ status: 'waiting', waitlistPosition: 3 });

    await w.query(
      `UPDATE group_memberships SET offer_expires_at = now() - interval '1 minute' WHERE group_id = $1 AND status = 'offered'`,
      [groupId],
    );
    expect((await (await w.as(first)).post(`${w.api}/groups/${groupId}/membership/accept`)).json().error.code).toBe(
      'offer_lapsed',
    );
    const [a, b] = await Promise.all([lapseOffers(t.deps), lapseOffers(t.deps)]);
    expect(a + b).toBe(1);
    expect((await standing(first)).status).toBe('none');
    expect((await standing(second)).status).toBe('offered');
    const accepted = await (await w.as(second)).post(`${w.api}/groups/${groupId}/membership/accept`);
    expect(accepted.json()).toMatchObject({ status: 'member', waitlistPosition: null });
    const [taken] = await w.query(
      `SELECT count(*)::int AS n FROM group_memberships WHERE group_id = $1 AND status IN ('member', 'offered')`,
      [groupId],
    );
    expect(taken!.n).toBe(6);
  });

  it('offers new places to the wait-list when the coordinator makes the group larger', async () => {
    const w = await givenOrganisation(t, 'Groups Hospital');
    const small = await givenGroup(w, { ...settings, name: 'Small group', maxMembers: 2 });
    const [, , third] = await givenMembersOf(w, small.id, ['icu-10', 'icu-11', 'icu-12']);
    const standing = async () =>
      (await (await w.as(third!)).get(`${w.api}/groups/${small.id}`)).json().membership.status;
    expect(await standing()).toBe('waiting');
    const larger = (
      await w.coordinator.put(`${w.api}/groups/${small.id}`, { ...settingsOf(small), maxMembers: 3 })
    ).json();
    expect(larger).toMatchObject({ maxMembers: 3, members: 2, offered: 1, waiting: 0 });
    expect(await standing()).toBe('offered');
  });

  it('plans no session after its closing date, and once closed takes no one and leaves the list', async () => {
    const w = await givenOrganisation(t, 'Groups Hospital');
    // Every 14 days from day 3, closing on day 30: sessions on days 3 and 17 only (day 31 would be past it).
    const closing = await givenGroup(w, { ...settings, name: 'Closing group', closesOn: day(30) });
    const rows = await w.query(
      `SELECT to_char(starts_at AT TIME ZONE 'Australia/Sydney', 'YYYY-MM-DD') AS on FROM group_sessions WHERE group_id = $1 ORDER BY starts_at`,
      [closing.id],
    );
    expect(rows.map((r) => r.on)).toEqual([day(3), day(17)]);
    const [member] = await givenMembersOf(w, closing.id, ['icu-13']);

    // The closing date passes.
    await w.query(`UPDATE support_groups SET closes_on = $2 WHERE id = $1`, [closing.id, day(-1)]);
    const latecomer = await w.as(await givenPerson(w, 'icu-14'));
    const late = await latecomer.post(`${w.api}/groups/${closing.id}/membership`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('group_closed');
    const listed = async (client: typeof latecomer) =>
      (await client.get(`${w.api}/groups`)).json().groups.map((g: { id: string }) => g.id);
    expect(await listed(latecomer)).not.toContain(closing.id);
    // Its member still finds it, to see its history.
    expect(await listed(await w.as(member!))).toContain(closing.id);
  });
});
