import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  givenDepartment,
  givenGroup,
  givenGroupProgram,
  givenOrganisation,
  givenPerson,
  type GroupsWorld,
} from '#test/fixtures-groups.ts';
import type { SeededPerson } from '#test/fixtures.ts';

let t: TestApp;

/** Next weekday at least a few days ahead, so the time slot is a weekday one. */
function nextWeekday(offset: number) {
  const d = new Date(Date.now() + offset * 86_400_000);
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Someone in the organisation who is free at these times. */
async function givenAvailable(w: GroupsWorld, key: string, availability: string[], departmentId?: string) {
  const person = await givenPerson(w, key, departmentId ? { departmentId } : {});
  await w.query(`UPDATE members SET availability = $1 WHERE person_id = $2`, [availability, person.id]);
  return person;
}

/**
 * A program with an Intensive Care group on weekday evenings (2 places) and an Emergency group on weekday
 * mornings (3 places), and five trainees: icu-a, icu-b and icu-c free on evenings, ed-d on mornings, ed-e at
 * weekends. With `interested`, each has asked to be placed (the ICU trainees preferring the ICU group).
 */
async function givenAllocationProgram({ interested }: { interested: boolean }) {
  const w = await givenOrganisation(t, 'Allocation Hospital');
  const icu = await givenDepartment(w, 'Intensive Care');
  const who: [string, string, string[]][] = [
    ['icu-a', icu, ['weekday_evenings']],
    ['icu-b', icu, ['weekday_evenings', 'weekends']],
    ['icu-c', icu, ['weekday_evenings']],
    ['ed-d', w.org.departmentId, ['weekday_mornings']],
    ['ed-e', w.org.departmentId, ['weekends']],
  ];
  const people: Record<string, SeededPerson> = {};
  for (const [key, departmentId, availability] of who)
    people[key] = await givenAvailable(w, key, availability, departmentId);
  const programId = await givenGroupProgram(w);
  const group = async (body: object) =>
    (
      await givenGroup(w, {
        programId,
        location: { kind: 'room', detail: 'Room 2' },
        firstSessionOn: nextWeekday(3),
        ...body,
      })
    ).id;
  const icuGroup = await group({
    name: 'ICU evenings',
    startTime: '18:00',
    maxMembers: 2,
    eligibility: { departmentIds: [icu], cohortIds: [], roles: [] },
  });
  const edGroup = await group({
    name: 'ED mornings',
    startTime: '08:00',
    maxMembers: 3,
    eligibility: { departmentIds: [w.org.departmentId], cohortIds: [], roles: [] },
  });
  if (interested) {
    for (const [key, person] of Object.entries(people)) {
      const res = await (
        await w.as(person)
      ).put(`${w.api}/group-programs/${programId}/interest`, {
        preferredGroupIds: key.startsWith('icu') ? [icuGroup] : [],
      });
      expect(res.statusCode, key).toBe(200);
    }
  }
  return { w, programId, icuGroup, edGroup, people, as: (key: string) => w.as(people[key]!) };
}

describe('allocation from the members who asked to be placed', () => {
  it('records interest, naming a bad preference; a program with no group open to the member is 404', async () => {
    // Each of the five asks to be placed (as givenAllocationProgram's `interested` does).
    const { w, programId, icuGroup, people, as } = await givenAllocationProgram({ interested: false });
    const interest = `${w.api}/group-programs/${programId}/interest`;
    expect(Object.keys(people)).toHaveLength(5);
    for (const key of Object.keys(people)) {
      const res = await (await as(key)).put(interest, { preferredGroupIds: key.startsWith('icu') ? [icuGroup] : [] });
      expect(res.statusCode, key).toBe(200);
    }
    const wrong = await (await as('ed-d')).put(interest, { preferredGroupIds: [icuGroup] });
    expect(wrong.json().error.field).toBe('preferredGroupIds');
    await w.query(`UPDATE members SET department_id = NULL WHERE person_id = $1`, [w.org.member.id]);
    expect((await (await w.as(w.org.member)).put(interest, {})).statusCode).toBe(404);
    const interested = (await w.coordinator.get(interest)).json().people;
    expect(interested).toHaveLength(5);
    // The coordinator sorts them by department and time slot before allocating.
    expect(interested.find((p: { person: { id: string } }) => p.person.id === people['ed-d']!.id)).toMatchObject({
      departmentId: w.org.departmentId,
      availability: ['weekday_mornings'],
    });
  });

  it('proposes places by time slot and department with the matching engine, within each group’s free places', async () => {
    const { w, programId, people } = await givenAllocationProgram({ interested: true });
    const preview = (
      await w.coordinator.post(`${w.api}/group-programs/${programId}/allocation`, { apply: false })
    ).json();
    const placedIn = (key: string) =>
      preview.placements.find((p: { person: { id: string } }) => p.person.id === people[key]!.id)?.group.name;
    expect(placedIn('ed-d')).toBe('ED mornings');
    expect(['icu-a', 'icu-b', 'icu-c'].filter((k) => placedIn(k) === 'ICU evenings')).toHaveLength(2);
    const reasons = Object.fromEntries(
      preview.unplaced.map((u: { person: { name: string }; reason: string }) => [u.person.name, u.reason]),
    );
    expect(reasons['Ed E']).toMatch(/time they are free/);
    expect(Object.values(reasons).some((r) => /full/.test(r as string))).toBe(true);
    expect(preview.applied).toBe(false);
    const groups = (await w.coordinator.get(`${w.api}/group-programs/${programId}`)).json().groups;
    expect(groups).toHaveLength(2);
    expect(groups.every((g: { members: number }) => g.members === 0)).toBe(true);
  });

  it('applies the placements: members are told, interest is cleared, no group goes over its maximum', async () => {
    const { w, programId, icuGroup, edGroup, people } = await givenAllocationProgram({ interested: true });
    const allocation = `${w.api}/group-programs/${programId}/allocation`;
    const applied = (await w.coordinator.post(allocation, { apply: true })).json();
    expect(applied).toMatchObject({ applied: true });
    expect(applied.placements).toHaveLength(3);
    const groups = (await w.coordinator.get(`${w.api}/group-programs/${programId}`)).json().groups;
    expect(groups.find((g: { id: string }) => g.id === icuGroup)).toMatchObject({ members: 2, maxMembers: 2 });
    expect(groups.find((g: { id: string }) => g.id === edGroup)).toMatchObject({ members: 1 });
    expect((await t.mail.next(people['ed-d']!.email, { subject: /You have a place/ })).text).toContain('ED mornings');
    expect((await w.coordinator.get(`${w.api}/group-programs/${programId}/interest`)).json().people).toHaveLength(2);
    const again = (await w.coordinator.post(allocation, { apply: true })).json();
    expect(again.placements).toEqual([]);
  });

  it('tells people whose group filled up between the engine’s run and the places being made that they are on its wait-list, not placed', async () => {
    // A program of its own: two groups open to all, one a morning and one an evening group.
    const w = await givenOrganisation(t, 'Allocation Hospital');
    const { coordinator } = w;
    const api = () => w.api;
    const as = (key: string) => w.as(people[key]!);
    const people: Record<string, SeededPerson> = {};
    const program = await givenGroupProgram(w);
    const create = async (name: string, startTime: string) => {
      const group = await givenGroup(w, {
        programId: program,
        name,
        firstSessionOn: nextWeekday(3),
        startTime,
        maxMembers: 2,
        location: { kind: 'room', detail: 'Room 5' },
      });
      return { id: group.id, name, slot: startTime === '08:00' ? 'weekday_mornings' : 'weekday_evenings' };
    };
    // place() locks groups in id order: holding the first one's lock stops the apply after the engine has
    // run and before the second group's places are made, while others join the second group.
    const [first, second] = [await create('Stale mornings', '08:00'), await create('Stale evenings', '18:00')].sort(
      (a, b) => (a.id < b.id ? -1 : 1),
    );
    const who: [string, string][] = [
      ['stale-p', first!.slot],
      ['stale-q', second!.slot],
      ['stale-r', second!.slot],
    ];
    for (const [key, slot] of who) {
      people[key] = await givenAvailable(w, key, [slot]);
      expect((await (await as(key)).put(`${api()}/group-programs/${program}/interest`, {})).statusCode).toBe(200);
    }
    for (const key of ['stale-x', 'stale-y']) people[key] = await givenPerson(w, key);
    const preview = (await coordinator.post(`${api()}/group-programs/${program}/allocation`, { apply: false })).json();
    expect(preview.placements.map((p: { person: { name: string } }) => p.person.name).sort()).toEqual([
      'Stale P',
      'Stale Q',
      'Stale R',
    ]);

    // Clients signed in before the lock is taken: signing in waits for nothing, but is slow.
    for (const key of Object.keys(people)) await as(key);
    const lock = await t.deps.database.pool.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('SELECT id FROM support_groups WHERE id = $1 FOR UPDATE', [first!.id]);
      const applying = coordinator.post(`${api()}/group-programs/${program}/allocation`, { apply: true });
      // Asked outside the locking transaction: within one, pg_stat_activity keeps showing its first snapshot.
      for (let i = 0; ; i++) {
        const { rows } = await t.deps.database.pool.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
        );
        if (rows[0].n > 0) break;
        if (i > 200) throw new Error('The apply never waited for the lock');
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      for (const key of ['stale-x', 'stale-y'])
        expect((await (await as(key)).post(`${api()}/groups/${second!.id}/membership`)).json().status).toBe('member');
      await lock.query('COMMIT');
      const applied = (await applying).json();

      expect(applied.applied).toBe(true);
      // Only the one who got a place counts as placed; the other two are reported with where they went.
      expect(applied.placements).toEqual([
        expect.objectContaining({
          person: { id: people['stale-p']!.id, name: 'Stale P' },
          group: { id: first!.id, name: first!.name },
        }),
      ]);
      const reasons = Object.fromEntries(
        applied.unplaced.map((u: { person: { name: string }; reason: string }) => [u.person.name, u.reason]),
      );
      expect(reasons).toEqual({
        'Stale Q': `${second!.name} filled up before the places were made: put on its wait-list instead (number 1 in line), and told so`,
        'Stale R': `${second!.name} filled up before the places were made: put on its wait-list instead (number 2 in line), and told so`,
      });
    } finally {
      await lock.query('ROLLBACK').catch(() => undefined);
      lock.release();
    }

    const standing = async (key: string, groupId: string) =>
      (await (await as(key)).get(`${api()}/groups/${groupId}`)).json().membership;
    expect(await standing('stale-p', first!.id)).toMatchObject({ status: 'member' });
    expect(await standing('stale-q', second!.id)).toMatchObject({ status: 'waiting', waitlistPosition: 1 });
    expect(await standing('stale-r', second!.id)).toMatchObject({ status: 'waiting', waitlistPosition: 2 });
    expect(
      (await coordinator.get(`${api()}/group-programs/${program}`))
        .json()
        .groups.find((g: { id: string }) => g.id === second!.id),
    ).toMatchObject({ members: 2, maxMembers: 2, waiting: 2 });
    expect((await coordinator.get(`${api()}/group-programs/${program}/interest`)).json().people).toEqual([]);

    const notes = async (key: string) =>
      (
        (await (await as(key)).get(`${api()}/notifications`)).json().notifications as { title: string; body: string }[]
      ).filter((n) => n.title.includes('Stale'));
    expect(await notes('stale-p')).toEqual([expect.objectContaining({ title: `You have a place in ${first!.name}` })]);
    expect(await notes('stale-q')).toEqual([
      expect.objectContaining({
        title: `You are on the wait-list for ${second!.name}`,
        body: expect.stringContaining('You are first in line.'),
      }),
    ]);
    expect(await notes('stale-r')).toEqual([
      expect.objectContaining({
        title: `You are on the wait-list for ${second!.name}`,
        body: expect.stringContaining('You are number 2 in line.'),
      }),
    ]);

    expect((await t.mail.next(people['stale-p']!.email, { subject: /You have a place/ })).text).toContain(first!.name);
    const toQ = await t.mail.next(people['stale-q']!.email, { subject: /wait-list/ });
    expect(toQ.subject).toBe(`You are on the wait-list for ${second!.name}`);
    expect(toQ.text).toContain('so you are on its wait-list instead. You are first in line.');
    expect(toQ.text).not.toMatch(/you have a place/i);
    expect((await t.mail.next(people['stale-r']!.email, { subject: /wait-list/ })).text).toContain(
      'You are number 2 in line.',
    );
    const placeMails = t.mail.messages.filter(
      (m) => /You have a place/.test(m.subject) && ['stale-q', 'stale-r'].some((k) => m.to.includes(people[k]!.email)),
    );
    expect(placeMails).toEqual([]);
  });
});

describe('a member’s standing request to be placed', () => {
  it('is told to them with the day they asked until they withdraw it or join a group of the program', async () => {
    const w = await givenOrganisation(t, 'Allocation Hospital');
    const { coordinator } = w;
    const api = () => w.api;
    const program = await givenGroupProgram(w);
    const open = {
      programId: program,
      firstSessionOn: nextWeekday(3),
      startTime: '18:00',
      maxMembers: 4,
      location: { kind: 'room', detail: 'Room 7' },
    };
    const groupIds = [
      (await givenGroup(w, { ...open, name: 'Waiting room A' })).id,
      (await givenGroup(w, { ...open, name: 'Waiting room B' })).id,
    ];
    const asker = await w.as(await givenPerson(w, 'asker'));
    const other = await w.as(await givenPerson(w, 'icu-a'));
    const askedAt = async () => {
      const groups = (await asker.get(`${api()}/groups`)).json().groups as {
        program: { id: string; placeMeAskedAt: string | null };
      }[];
      const ofProgram = groups.filter((g) => g.program.id === program);
      expect(ofProgram).toHaveLength(2);
      return ofProgram[0]!.program.placeMeAskedAt;
    };
    expect(await askedAt()).toBeNull();

    const before = Date.now();
    expect((await asker.put(`${api()}/group-programs/${program}/interest`, {})).statusCode).toBe(200);
    const asked = await askedAt();
    expect(Date.parse(asked!)).toBeGreaterThanOrEqual(before - 1000);
    expect((await asker.get(`${api()}/groups/${groupIds[0]}`)).json().program.placeMeAskedAt).toBe(asked);
    // Asking again (say, to name a preference) keeps their place in the coordinator's first-asked-first list.
    expect(
      (await asker.put(`${api()}/group-programs/${program}/interest`, { preferredGroupIds: [groupIds[1]] })).statusCode,
    ).toBe(200);
    expect(await askedAt()).toBe(asked);
    // Nobody else's list says so.
    expect(
      (await other.get(`${api()}/groups`))
        .json()
        .groups.filter((g: { program: { id: string } }) => g.program.id === program)
        .every((g: { program: { placeMeAskedAt: string | null } }) => g.program.placeMeAskedAt === null),
    ).toBe(true);

    expect((await asker.delete(`${api()}/group-programs/${program}/interest`)).statusCode).toBe(204);
    expect(await askedAt()).toBeNull();
    expect((await coordinator.get(`${api()}/group-programs/${program}/interest`)).json().people).toEqual([]);
    expect((await asker.delete(`${api()}/group-programs/${program}/interest`)).statusCode).toBe(404);

    // Joining a group of the program themselves settles the request.
    expect((await asker.put(`${api()}/group-programs/${program}/interest`, {})).statusCode).toBe(200);
    expect((await asker.post(`${api()}/groups/${groupIds[0]}/membership`)).json().status).toBe('member');
    expect(await askedAt()).toBeNull();
    expect((await coordinator.get(`${api()}/group-programs/${program}/interest`)).json().people).toEqual([]);
  });
});
