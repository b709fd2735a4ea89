import type { QueryResultRow } from 'pg';
import type { Database } from '#db/client.ts';
import { groupPrograms, groupSessions, supportGroups } from '#db/schema/index.ts';
import type { Group } from '#shared/contracts/groups.ts';
import type { TestApp } from './api.ts';
import { signedInClients, type TestClient } from './client.ts';
import {
  dayFromToday,
  givenPerson,
  PASSWORD,
  type SeededOrg,
  type SeededPerson,
  seedFreshOrganisation,
} from './fixtures.ts';

// Shared by every feature's world; re-exported so a test imports its world's factories from one file.
export { dayFromToday, givenDepartment, givenPerson } from './fixtures.ts';

export interface SeededGroups {
  groupProgramId: string;
  groupId: string;
  sessionId: string;
}

const PLAN = {
  checkIn: 'How are you arriving?',
  theme: 'A shift that stayed with you',
  checkOut: 'One thing you take away',
  signposting: 'EAP 1800 000 000',
};

/** A group program with one open group and one coming session, written straight to the database. */
export async function seedGroups(db: Database, org: SeededOrg): Promise<SeededGroups> {
  const orgId = org.orgId;
  const [program] = await db
    .insert(groupPrograms)
    .values({ orgId, template: 'department_peer_support', name: 'Seeded peer support' })
    .returning();
  const [group] = await db
    .insert(supportGroups)
    .values({
      orgId,
      programId: program!.id,
      name: 'Seeded group',
      firstSessionOn: '2099-01-06',
      startTime: '18:00',
      locationKind: 'video',
      locationDetail: 'https://meet.example/seeded',
      eligibility: { departmentIds: [], cohortIds: [], roles: [] },
      plan: PLAN,
    })
    .returning();
  const [session] = await db
    .insert(groupSessions)
    .values({
      orgId,
      groupId: group!.id,
      series: 0,
      number: 0,
      startsAt: new Date('2099-01-06T07:00:00Z'),
      durationMinutes: 45,
      locationKind: 'video',
      locationDetail: 'https://meet.example/seeded',
    })
    .returning();
  return { groupProgramId: program!.id, groupId: group!.id, sessionId: session!.id };
}

// Factories for the groups module's API tests: each test builds the world it needs (STYLE.md point 14)
// in an organisation of its own, on its file's database, so any one test runs alone.

/** One test's organisation: its coordinator signed in, and a signed-in client for anyone in it. */
export interface GroupsWorld {
  t: TestApp;
  org: SeededOrg;
  /** `/api/orgs/<its id>` */
  api: string;
  coordinator: TestClient;
  as(person: SeededPerson): Promise<TestClient>;
  query(text: string, values?: unknown[]): Promise<QueryResultRow[]>;
}

/** An organisation of the test's own (a name of its own too), with a site, department, cohort and coordinator. */
export async function givenOrganisation(t: TestApp, name = 'Groups Hospital'): Promise<GroupsWorld> {
  const org = await seedFreshOrganisation(t.deps.db, name);
  const as = signedInClients(t.app, PASSWORD);
  return {
    t,
    org,
    api: `/api/orgs/${org.orgId}`,
    coordinator: await as(org.coordinator),
    as,
    query: async (text, values = []) => (await t.deps.database.pool.query(text, values)).rows,
  };
}

/** A group program made by the coordinator from a template. */
export async function givenGroupProgram(w: GroupsWorld, template = 'department_peer_support'): Promise<string> {
  const res = await w.coordinator.post(`${w.api}/group-programs`, { template });
  if (res.statusCode !== 201) throw new Error(`No group program: ${res.body}`);
  return res.json().id;
}

/**
 * A group added by the coordinator (so its sessions are planned): open to everyone, meeting at 18:00 every
 * fortnight from three days ahead, unless `settings` say otherwise; in a program of its own unless given one.
 */
export async function givenGroup(
  w: GroupsWorld,
  settings: { programId?: string } & Record<string, unknown> = {},
): Promise<Group> {
  const { programId = await givenGroupProgram(w), ...rest } = settings;
  const res = await w.coordinator.post(`${w.api}/group-programs/${programId}/groups`, {
    name: 'Peer group',
    firstSessionOn: dayFromToday(3),
    startTime: '18:00',
    location: { kind: 'room', detail: 'Room 1' },
    ...rest,
  });
  if (res.statusCode !== 201) throw new Error(`No group: ${res.body}`);
  return res.json();
}

/** People who joined the group themselves (each a member while it has places, then on its wait-list). */
export async function givenMembersOf(w: GroupsWorld, groupId: string, keys: string[]): Promise<SeededPerson[]> {
  const people: SeededPerson[] = [];
  for (const key of keys) {
    const person = await givenPerson(w, key);
    const res = await (await w.as(person)).post(`${w.api}/groups/${groupId}/membership`);
    if (res.statusCode !== 201) throw new Error(`${key} could not join: ${res.body}`);
    people.push(person);
  }
  return people;
}

/** People with the facilitator role, made the group's facilitators by the coordinator. */
export async function givenFacilitatorsOf(w: GroupsWorld, groupId: string, keys: string[]): Promise<SeededPerson[]> {
  const people: SeededPerson[] = [];
  for (const key of keys)
    people.push(await givenPerson(w, key, { careerStage: 'consultant', roles: ['member', 'facilitator'] }));
  const res = await w.coordinator.put(`${w.api}/groups/${groupId}/facilitators`, {
    personIds: people.map((p) => p.id),
  });
  if (res.statusCode !== 200) throw new Error(`No facilitators: ${res.body}`);
  return people;
}

let pastSessions = 0;

/** A session of the group that took place `daysAgo` days ago, with these people having said they would come. */
export async function givenPastSession(
  w: GroupsWorld,
  groupId: string,
  { daysAgo = 1, comers = [] }: { daysAgo?: number; comers?: SeededPerson[] } = {},
): Promise<string> {
  pastSessions += 1;
  const [row] = await w.query(
    `INSERT INTO group_sessions (org_id, group_id, series, number, starts_at, duration_minutes, location_kind, location_detail)
     VALUES ($1, $2, 99, $3, now() - make_interval(days => $4), 45, 'room', 'Room 4') RETURNING id`,
    [w.org.orgId, groupId, pastSessions, daysAgo],
  );
  for (const p of comers) {
    await w.query(`INSERT INTO session_rsvps (org_id, session_id, person_id, response) VALUES ($1, $2, $3, 'yes')`, [
      w.org.orgId,
      row!.id,
      p.id,
    ]);
  }
  return row!.id as string;
}

/**
 * A group whose members (keys `<prefix>-0`, `<prefix>-1`, ...) met yesterday: the first `comers` of them said
 * they would come.
 */
export async function givenGroupWithPastSession(
  w: GroupsWorld,
  {
    members = 6,
    comers = 5,
    prefix = 'member',
    ...settings
  }: { members?: number; comers?: number; prefix?: string } & Record<string, unknown> = {},
) {
  const group = await givenGroup(w, settings);
  const people = await givenMembersOf(
    w,
    group.id,
    [...Array(members).keys()].map((i) => `${prefix}-${i}`),
  );
  const sessionId = await givenPastSession(w, group.id, { comers: people.slice(0, comers) });
  return { group, members: people, sessionId };
}
