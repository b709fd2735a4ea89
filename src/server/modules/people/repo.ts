import { and, asc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { invitations, members, organisations, persons } from '#db/schema/index.ts';
import type { Role } from '#shared/contracts/common.ts';

/**
 * The name and address an organisation sees of a member: their own once they have joined. Until then, only what the
 * organisation typed when it invited them, never the name on an account they may already hold through another
 * organisation (issue 11 item 15): otherwise inviting any address would read the name behind it.
 */
export const nameSeenByOrganisation = sql<string>`case when ${members.status} = 'active' then ${persons.name}
  else coalesce(${members.invitedName}, split_part(lower(${persons.email}), '@', 1)) end`;
const emailSeenByOrganisation = sql<string>`case when ${members.status} = 'active' then ${persons.email} else lower(${persons.email}) end`;

/** The columns an admin may see of a person: never the profile's free text, never sensitive attributes. */
const personColumns = {
  id: persons.id,
  name: nameSeenByOrganisation,
  email: emailSeenByOrganisation,
  roles: members.roles,
  status: members.status,
  siteId: members.siteId,
  departmentId: members.departmentId,
  cohortId: members.cohortId,
  joinedAt: members.joinedAt,
};

type PersonRow = { roles: string[]; joinedAt: Date } & Record<string, unknown>;
const toPerson = <T extends PersonRow>(row: T) => ({
  ...row,
  roles: row.roles as Role[],
  joinedAt: row.joinedAt.toISOString(),
});

/**
 * A search matches the name the organisation sees, or the address. The candidates are people whose account name or
 * address matches (found through the trigram indexes on persons, as before names were hidden) and the organisation's
 * few members not yet joined; the exact rule then runs on those alone.
 */
const matchesSearch = (orgId: string, pattern: string) =>
  and(
    inArray(
      members.personId,
      sql`(SELECT ${persons.id} FROM ${persons} WHERE ${persons.name} ILIKE ${pattern} OR ${persons.email} ILIKE ${pattern}
        UNION ALL SELECT ${members.personId} FROM ${members} WHERE ${members.orgId} = ${orgId} AND ${members.status} <> 'active')`,
    ),
    or(ilike(nameSeenByOrganisation, pattern), ilike(persons.email, pattern)),
  );

export async function listPeople(
  db: Executor,
  orgId: string,
  query: { q?: string | undefined; role?: Role | undefined; page: number; pageSize: number },
) {
  const pattern = query.q ? `%${query.q.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    eq(members.orgId, orgId),
    pattern ? matchesSearch(orgId, pattern) : undefined,
    query.role ? sql`${query.role} = ANY(${members.roles})` : undefined,
  );
  // The total comes with the page (one scan of the matches, not two); a page past the end has no row to carry it.
  const rows = await db
    .select({ ...personColumns, total: sql<number>`count(*) OVER ()`.mapWith(Number) })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(where)
    // Ordered by the name shown, too: an order by the account's name would place an invited person by it.
    .orderBy(asc(nameSeenByOrganisation), asc(persons.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const total = rows[0]?.total ?? (query.page > 1 ? await countPeople(db, where) : 0);
  return { people: rows.map(({ total: _, ...row }) => toPerson(row)), total };
}

async function countPeople(db: Executor, where: SQL | undefined) {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(where);
  return row?.total ?? 0;
}

export async function findPerson(db: Executor, orgId: string, personId: string) {
  const [row] = await db
    .select(personColumns)
    .from(members)
    .innerJoin(persons, eq(persons.id, members.personId))
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)));
  return row ? toPerson(row) : null;
}

export async function updateMember(
  db: Executor,
  orgId: string,
  personId: string,
  values: { roles: Role[]; siteId: string | null; departmentId: string | null; cohortId: string | null },
) {
  const rows = await db
    .update(members)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)))
    .returning({ personId: members.personId });
  return rows.length > 0;
}

export async function deleteMember(db: Executor, orgId: string, personId: string) {
  const rows = await db
    .delete(members)
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)))
    .returning({ personId: members.personId });
  return rows.length > 0;
}

export async function countAdmins(db: Executor, orgId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(members)
    .where(and(eq(members.orgId, orgId), sql`'org_admin' = ANY(${members.roles})`, eq(members.status, 'active')));
  return row?.n ?? 0;
}

/** Finds the person with this e-mail or creates them; an existing person keeps the name they chose. */
export async function findOrCreatePerson(db: Executor, email: string, name: string) {
  await db.insert(persons).values({ email, name }).onConflictDoNothing();
  const [row] = await db
    .select({ id: persons.id, name: persons.name, email: persons.email })
    .from(persons)
    .where(sql`lower(${persons.email}) = ${email.toLowerCase()}`);
  return row!;
}

/** Adds the person to the organisation as invited, under the name it typed; answers the membership as it stands (new or existing). */
export async function ensureMember(
  db: Executor,
  orgId: string,
  personId: string,
  values: {
    roles: Role[];
    siteId: string | null;
    departmentId: string | null;
    cohortId: string | null;
    invitedName: string;
  },
) {
  await db
    .insert(members)
    .values({ orgId, personId, status: 'invited', ...values })
    .onConflictDoNothing();
  const [row] = await db
    .select({ status: members.status })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)));
  return row!;
}

export async function createInvitation(
  db: Executor,
  {
    orgId,
    personId,
    tokenHash,
    invitedBy,
  }: { orgId: string; personId: string; tokenHash: string; invitedBy: string | null },
) {
  const [row] = await db
    .insert(invitations)
    .values({ orgId, personId, tokenHash, invitedBy, expiresAt: sql`now() + interval '7 days'` })
    .returning({ expiresAt: invitations.expiresAt });
  return row!;
}

export async function findOrganisationName(db: Executor, orgId: string) {
  const [row] = await db.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  return row?.name ?? '';
}

/** Names and addresses to write to, by person id. */
export async function contactsOf(db: Executor, personIds: string[]) {
  if (personIds.length === 0) return new Map<string, { name: string; email: string }>();
  const rows = await db
    .select({ id: persons.id, name: persons.name, email: persons.email })
    .from(persons)
    .where(inArray(persons.id, personIds));
  return new Map(rows.map((r) => [r.id, { name: r.name, email: r.email }]));
}
