import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { prepared } from '#db/prepared.ts';
import type { Executor } from '#db/client.ts';
import {
  type GroupEligibilityRow,
  groupFacilitators,
  groupMemberships,
  groupPrograms,
  members,
  persons,
  type SessionPlanRow,
  supportGroups,
} from '#db/schema/index.ts';
import type { GroupTemplate } from '#shared/contracts/groups.ts';

/** A set of groups run together, made from a template. */
export interface GroupProgram {
  id: string;
  orgId: string;
  template: GroupTemplate;
  name: string;
  description: string;
}

const programColumns = {
  id: groupPrograms.id,
  orgId: groupPrograms.orgId,
  template: sql<GroupTemplate>`${groupPrograms.template}`,
  name: groupPrograms.name,
  description: groupPrograms.description,
};

/** A peer support group: its settings, who may join it, and the plan its sessions follow. */
export interface Group {
  id: string;
  orgId: string;
  programId: string;
  name: string;
  description: string;
  maxMembers: number;
  maxFacilitators: number;
  firstSessionOn: string;
  startTime: string;
  cadenceDays: number;
  durationMinutes: number;
  locationKind: 'video' | 'room';
  locationDetail: string;
  closesOn: string | null;
  eligibility: GroupEligibilityRow;
  plan: SessionPlanRow;
}

const groupColumns = {
  id: supportGroups.id,
  orgId: supportGroups.orgId,
  programId: supportGroups.programId,
  name: supportGroups.name,
  description: supportGroups.description,
  maxMembers: supportGroups.maxMembers,
  maxFacilitators: supportGroups.maxFacilitators,
  firstSessionOn: supportGroups.firstSessionOn,
  startTime: supportGroups.startTime,
  cadenceDays: supportGroups.cadenceDays,
  durationMinutes: supportGroups.durationMinutes,
  locationKind: supportGroups.locationKind,
  locationDetail: supportGroups.locationDetail,
  closesOn: supportGroups.closesOn,
  eligibility: supportGroups.eligibility,
  plan: supportGroups.plan,
};

export interface GroupValues {
  name: string;
  description: string;
  maxMembers: number;
  maxFacilitators: number;
  firstSessionOn: string;
  startTime: string;
  cadenceDays: number;
  durationMinutes: number;
  locationKind: 'video' | 'room';
  locationDetail: string;
  closesOn: string | null;
  eligibility: GroupEligibilityRow;
}

export async function insertProgram(
  db: Executor,
  values: { orgId: string; template: GroupTemplate; name: string; description: string; createdBy: string },
): Promise<GroupProgram> {
  const [row] = await db.insert(groupPrograms).values(values).returning(programColumns);
  return row!;
}

export async function findProgram(db: Executor, orgId: string, programId: string): Promise<GroupProgram | null> {
  const [row] = await db
    .select(programColumns)
    .from(groupPrograms)
    .where(and(eq(groupPrograms.orgId, orgId), eq(groupPrograms.id, programId)));
  return row ?? null;
}

export async function updateProgram(
  db: Executor,
  orgId: string,
  programId: string,
  values: { name: string; description: string },
) {
  await db
    .update(groupPrograms)
    .set(values)
    .where(and(eq(groupPrograms.orgId, orgId), eq(groupPrograms.id, programId)));
}

export const listPrograms = (db: Executor, orgId: string) =>
  db
    .select({
      program: programColumns,
      groups: sql<number>`(select count(*)::int from support_groups g where g.program_id = group_programs.id)`,
      members: sql<number>`(select count(*)::int from group_memberships m join support_groups g on g.id = m.group_id
        where g.program_id = group_programs.id and m.status = 'member')`,
      waiting: sql<number>`(select count(*)::int from group_memberships m join support_groups g on g.id = m.group_id
        where g.program_id = group_programs.id and m.status = 'waiting')`,
    })
    .from(groupPrograms)
    .where(eq(groupPrograms.orgId, orgId))
    .orderBy(asc(groupPrograms.name));

export async function insertGroup(
  db: Executor,
  values: GroupValues & { orgId: string; programId: string; plan: SessionPlanRow },
): Promise<Group> {
  const [row] = await db.insert(supportGroups).values(values).returning(groupColumns);
  return row!;
}

/** Saves new settings; a changed schedule starts a new series of sessions. */
export async function updateGroup(
  db: Executor,
  orgId: string,
  groupId: string,
  values: GroupValues,
  newSeries: boolean,
): Promise<Group | null> {
  const [row] = await db
    .update(supportGroups)
    .set({ ...values, ...(newSeries ? { series: sql`${supportGroups.series} + 1` } : {}) })
    .where(and(eq(supportGroups.orgId, orgId), eq(supportGroups.id, groupId)))
    .returning(groupColumns);
  return row ?? null;
}

export async function updatePlan(db: Executor, orgId: string, groupId: string, plan: SessionPlanRow) {
  await db
    .update(supportGroups)
    .set({ plan })
    .where(and(eq(supportGroups.orgId, orgId), eq(supportGroups.id, groupId)));
}

export async function findGroup(db: Executor, orgId: string, groupId: string): Promise<Group | null> {
  const [row] = await db
    .select(groupColumns)
    .from(supportGroups)
    .where(and(eq(supportGroups.orgId, orgId), eq(supportGroups.id, groupId)));
  return row ?? null;
}

/** Serialises every change of a group's places (join, leave, offers, a smaller maximum) behind one row lock. */
export async function lockGroup(db: Executor, orgId: string, groupId: string): Promise<Group | null> {
  const [row] = await db
    .select(groupColumns)
    .from(supportGroups)
    .where(and(eq(supportGroups.orgId, orgId), eq(supportGroups.id, groupId)))
    .for('update');
  return row ?? null;
}

export const groupsOfProgram = (db: Executor, orgId: string, programId: string): Promise<Group[]> =>
  db
    .select(groupColumns)
    .from(supportGroups)
    .where(and(eq(supportGroups.orgId, orgId), eq(supportGroups.programId, programId)))
    .orderBy(asc(supportGroups.name));

/**
 * A group as members see it, in one row: its program, places taken and waited for (as placeCounts), its
 * facilitators.
 */
const withProgram = {
  group: groupColumns,
  program: { id: groupPrograms.id, name: groupPrograms.name, template: programColumns.template },
  places: sql<{ member: number; offered: number; waiting: number }>`(
    select json_build_object('member', count(*) filter (where m.status = 'member'),
      'offered', count(*) filter (where m.status = 'offered'),
      'waiting', count(*) filter (where m.status = 'waiting'))
    from group_memberships m where m.group_id = ${supportGroups.id})`,
  facilitators: sql<{ id: string; name: string }[]>`coalesce((
    select json_agg(json_build_object('id', p.id, 'name', p.name) order by p.name)
    from group_facilitators f join persons p on p.id = f.person_id where f.group_id = ${supportGroups.id}), '[]')`,
};

const groupsOfOrganisation = prepared((db) =>
  db
    .select(withProgram)
    .from(supportGroups)
    .innerJoin(groupPrograms, eq(groupPrograms.id, supportGroups.programId))
    .where(eq(supportGroups.orgId, sql.placeholder('orgId')))
    .orderBy(asc(groupPrograms.name), asc(supportGroups.name))
    .prepare('groups_of_organisation'),
);

/** A group with its program, its places (member, offered, waiting) and its facilitators. */
export interface GroupWithProgram {
  group: Group;
  program: { id: string; name: string; template: GroupTemplate };
  places: { member: number; offered: number; waiting: number };
  facilitators: { id: string; name: string }[];
}

export const groupsOfOrg = (db: Executor, orgId: string): Promise<GroupWithProgram[]> =>
  groupsOfOrganisation(db).execute({ orgId });

export async function findGroupWithProgram(
  db: Executor,
  orgId: string,
  groupId: string,
): Promise<GroupWithProgram | null> {
  const [row] = await db
    .select(withProgram)
    .from(supportGroups)
    .innerJoin(groupPrograms, eq(groupPrograms.id, supportGroups.programId))
    .where(and(eq(supportGroups.orgId, orgId), eq(supportGroups.id, groupId)));
  return row ?? null;
}

/** Members, offers outstanding and people waiting, per group. */
export async function placeCounts(db: Executor, groupIds: string[]) {
  const counts = new Map<string, { member: number; offered: number; waiting: number }>();
  for (const id of groupIds) counts.set(id, { member: 0, offered: 0, waiting: 0 });
  if (groupIds.length === 0) return counts;
  const rows = await db
    .select({ groupId: groupMemberships.groupId, status: groupMemberships.status, n: sql<number>`count(*)::int` })
    .from(groupMemberships)
    .where(and(inArray(groupMemberships.groupId, groupIds), sql`${groupMemberships.status} <> 'left'`))
    .groupBy(groupMemberships.groupId, groupMemberships.status);
  for (const r of rows) {
    const c = counts.get(r.groupId)!;
    if (r.status !== 'left') c[r.status] = r.n;
  }
  return counts;
}

export async function facilitatorsOf(db: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({ groupId: groupFacilitators.groupId, id: persons.id, name: persons.name, email: persons.email })
    .from(groupFacilitators)
    .innerJoin(persons, eq(persons.id, groupFacilitators.personId))
    .where(inArray(groupFacilitators.groupId, groupIds))
    .orderBy(asc(persons.name));
}

export async function replaceFacilitators(
  db: Executor,
  { orgId, groupId, personIds }: { orgId: string; groupId: string; personIds: string[] },
) {
  await db
    .delete(groupFacilitators)
    .where(and(eq(groupFacilitators.orgId, orgId), eq(groupFacilitators.groupId, groupId)));
  if (personIds.length)
    await db.insert(groupFacilitators).values(personIds.map((personId) => ({ orgId, groupId, personId })));
}

export async function isFacilitatorOf(
  db: Executor,
  { orgId, groupId, personId }: { orgId: string; groupId: string; personId: string },
) {
  const [row] = await db
    .select({ id: groupFacilitators.personId })
    .from(groupFacilitators)
    .where(
      and(
        eq(groupFacilitators.orgId, orgId),
        eq(groupFacilitators.groupId, groupId),
        eq(groupFacilitators.personId, personId),
      ),
    );
  return Boolean(row);
}

export const groupIdsFacilitatedBy = (db: Executor, orgId: string, personId: string) =>
  db
    .select({ groupId: groupFacilitators.groupId })
    .from(groupFacilitators)
    .where(and(eq(groupFacilitators.orgId, orgId), eq(groupFacilitators.personId, personId)));

/** Active members of the organisation among these people who hold one of the roles. */
export async function membersWithRole(
  db: Executor,
  { orgId, personIds, role }: { orgId: string; personIds: string[]; role: string },
) {
  if (personIds.length === 0) return [];
  return db
    .select({ id: persons.id, name: persons.name })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(
      and(
        eq(members.orgId, orgId),
        eq(members.status, 'active'),
        inArray(members.personId, personIds),
        sql`${role} = ANY(${members.roles})`,
      ),
    );
}

export const allWithRole = (db: Executor, orgId: string, role: string) =>
  db
    .select({ id: persons.id, name: persons.name })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(and(eq(members.orgId, orgId), eq(members.status, 'active'), sql`${role} = ANY(${members.roles})`))
    .orderBy(asc(persons.name));

const placementOf = prepared((db) =>
  db
    .select({
      departmentId: members.departmentId,
      cohortId: members.cohortId,
      siteId: members.siteId,
      roles: members.roles,
      availability: members.availability,
    })
    .from(members)
    .where(
      and(
        eq(members.orgId, sql.placeholder('orgId')),
        eq(members.personId, sql.placeholder('personId')),
        eq(members.status, 'active'),
      ),
    )
    .prepare('placement_of_member'),
);

export async function findPlacement(db: Executor, orgId: string, personId: string) {
  const [row] = await placementOf(db).execute({ orgId, personId });
  return row ?? null;
}

/** Everyone around these groups: their facilitators, and whoever is in them, waiting for or offered a place. */
export async function peopleAroundGroups(db: Executor, orgId: string, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  const facilitating = db
    .select({
      groupId: groupFacilitators.groupId,
      personId: groupFacilitators.personId,
      facilitates: sql<boolean>`true`,
    })
    .from(groupFacilitators)
    .where(and(eq(groupFacilitators.orgId, orgId), inArray(groupFacilitators.groupId, groupIds)));
  const inside = db
    .select({
      groupId: groupMemberships.groupId,
      personId: groupMemberships.personId,
      facilitates: sql<boolean>`false`,
    })
    .from(groupMemberships)
    .where(
      and(
        eq(groupMemberships.orgId, orgId),
        inArray(groupMemberships.groupId, groupIds),
        sql`${groupMemberships.status} <> 'left'`,
      ),
    );
  return facilitating.union(inside);
}
