import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { prepared } from '#db/prepared.ts';
import type { Executor } from '#db/client.ts';
import { groupInterest, groupMemberships, members, persons } from '#db/schema/index.ts';

/** A person's place in a group: in it, waiting for a place, offered one, or gone. */
export interface GroupMembership {
  id: string;
  orgId: string;
  groupId: string;
  personId: string;
  status: 'member' | 'waiting' | 'offered' | 'left';
  /** Until when a place offered is held for them. */
  offerExpiresAt: Date | null;
}

const membershipColumns = {
  id: groupMemberships.id,
  orgId: groupMemberships.orgId,
  groupId: groupMemberships.groupId,
  personId: groupMemberships.personId,
  status: groupMemberships.status,
  offerExpiresAt: groupMemberships.offerExpiresAt,
};

/** The person's current membership of the group (member, waiting or offered), if any. */
export async function currentMembership(
  db: Executor,
  groupId: string,
  personId: string,
): Promise<GroupMembership | null> {
  const [row] = await db
    .select(membershipColumns)
    .from(groupMemberships)
    .where(
      and(
        eq(groupMemberships.groupId, groupId),
        eq(groupMemberships.personId, personId),
        sql`${groupMemberships.status} <> 'left'`,
      ),
    );
  return row ?? null;
}

const currentMemberships = prepared((db) =>
  db
    .select(membershipColumns)
    .from(groupMemberships)
    .where(
      and(
        eq(groupMemberships.orgId, sql.placeholder('orgId')),
        eq(groupMemberships.personId, sql.placeholder('personId')),
        sql`${groupMemberships.status} <> 'left'`,
      ),
    )
    .prepare('current_group_memberships'),
);

export async function membershipsOf(db: Executor, orgId: string, personId: string): Promise<GroupMembership[]> {
  return currentMemberships(db).execute({ orgId, personId });
}

/** Places taken: members and places offered but not yet answered. */
export async function takenPlaces(db: Executor, groupId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(groupMemberships)
    .where(and(eq(groupMemberships.groupId, groupId), inArray(groupMemberships.status, ['member', 'offered'])));
  return row!.n;
}

export async function insertMembership(
  db: Executor,
  values: { orgId: string; groupId: string; personId: string; status: 'member' | 'waiting' },
) {
  await db
    .insert(groupMemberships)
    .values({ ...values, joinedAt: values.status === 'member' ? sql`now()` : null, queuedAt: sql`clock_timestamp()` });
}

export async function setStatus(db: Executor, membershipId: string, status: 'member' | 'left') {
  await db
    .update(groupMemberships)
    .set(
      status === 'member'
        ? { status, joinedAt: sql`now()`, offerExpiresAt: null }
        : { status, leftAt: sql`now()`, offerExpiresAt: null },
    )
    .where(eq(groupMemberships.id, membershipId));
}

/** The wait-list in order: first come, first offered. */
export const waitingList = (db: Executor, groupId: string) =>
  db
    .select({ id: groupMemberships.id, personId: groupMemberships.personId, queuedAt: groupMemberships.queuedAt })
    .from(groupMemberships)
    .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.status, 'waiting')))
    .orderBy(asc(groupMemberships.queuedAt), asc(groupMemberships.id));

export async function offerPlace(db: Executor, membershipId: string, hours: number) {
  await db
    .update(groupMemberships)
    .set({ status: 'offered', offerExpiresAt: sql`now() + make_interval(hours => ${hours})` })
    .where(eq(groupMemberships.id, membershipId));
}

/** Offers whose time is up, locked so two job runs never expire the same offer twice. */
export async function lapsedOffers(db: Executor) {
  return db
    .select({
      id: groupMemberships.id,
      orgId: groupMemberships.orgId,
      groupId: groupMemberships.groupId,
      personId: groupMemberships.personId,
    })
    .from(groupMemberships)
    .where(and(eq(groupMemberships.status, 'offered'), sql`${groupMemberships.offerExpiresAt} < now()`))
    .limit(200)
    .for('update', { skipLocked: true });
}

export const currentMembers = (db: Executor, groupId: string) =>
  db
    .select({ id: persons.id, name: persons.name, email: persons.email })
    .from(groupMemberships)
    .innerJoin(persons, eq(persons.id, groupMemberships.personId))
    .where(and(eq(groupMemberships.groupId, groupId), eq(groupMemberships.status, 'member')))
    .orderBy(asc(persons.name));

export async function upsertInterest(
  db: Executor,
  values: { orgId: string; programId: string; personId: string; preferredGroupIds: string[] },
) {
  await db
    .insert(groupInterest)
    .values(values)
    .onConflictDoUpdate({
      target: [groupInterest.programId, groupInterest.personId],
      set: { preferredGroupIds: values.preferredGroupIds },
    });
}

/** These people no longer ask to be placed in the program; answers how many did. */
export async function deleteInterest(
  db: Executor,
  { orgId, programId, personIds }: { orgId: string; programId: string; personIds: string[] },
) {
  if (personIds.length === 0) return 0;
  const rows = await db
    .delete(groupInterest)
    .where(
      and(
        eq(groupInterest.orgId, orgId),
        eq(groupInterest.programId, programId),
        inArray(groupInterest.personId, personIds),
      ),
    )
    .returning({ id: groupInterest.personId });
  return rows.length;
}

/** The programs in which the person has asked to be placed, with when they asked. */
export const interestOf = (db: Executor, orgId: string, personId: string) =>
  db
    .select({ programId: groupInterest.programId, askedAt: groupInterest.createdAt })
    .from(groupInterest)
    .where(and(eq(groupInterest.orgId, orgId), eq(groupInterest.personId, personId)));

/** Interested members with what allocation weighs: department, site and the times they are free. */
export const interestedMembers = (db: Executor, orgId: string, programId: string) =>
  db
    .select({
      personId: groupInterest.personId,
      name: persons.name,
      preferredGroupIds: groupInterest.preferredGroupIds,
      departmentId: members.departmentId,
      cohortId: members.cohortId,
      siteId: members.siteId,
      roles: members.roles,
      availability: members.availability,
    })
    .from(groupInterest)
    .innerJoin(persons, eq(persons.id, groupInterest.personId))
    .innerJoin(members, and(eq(members.orgId, groupInterest.orgId), eq(members.personId, groupInterest.personId)))
    .where(and(eq(groupInterest.orgId, orgId), eq(groupInterest.programId, programId), eq(members.status, 'active')))
    .orderBy(asc(groupInterest.createdAt), asc(persons.name));
