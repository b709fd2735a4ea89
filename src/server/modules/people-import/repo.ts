import { eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { cohorts, departments, members, persons, sites } from '#db/schema/index.ts';

/** One query at a time: inside a transaction all of them share a single connection. */
export async function namesOf(db: Executor, orgId: string) {
  const siteRows = await db.select({ id: sites.id, name: sites.name }).from(sites).where(eq(sites.orgId, orgId));
  const departmentRows = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.orgId, orgId));
  const cohortRows = await db
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.orgId, orgId));
  const index = (rows: { id: string; name: string }[]) => new Map(rows.map((r) => [r.name.trim().toLowerCase(), r.id]));
  return { sites: index(siteRows), departments: index(departmentRows), cohorts: index(cohortRows) };
}

export interface ExistingPerson {
  personId: string;
  email: string;
  member: { roles: string[]; siteId: string | null; departmentId: string | null; cohortId: string | null } | null;
}

/** Everyone in the file who already has an account, with their membership here if any. */
export async function findExisting(
  db: Executor,
  orgId: string,
  emails: string[],
): Promise<Map<string, ExistingPerson>> {
  if (emails.length === 0) return new Map();
  const rows = await db
    .select({
      personId: persons.id,
      email: sql<string>`lower(${persons.email})`,
      roles: members.roles,
      siteId: members.siteId,
      departmentId: members.departmentId,
      cohortId: members.cohortId,
    })
    .from(persons)
    .leftJoin(members, sql`${members.personId} = ${persons.id} and ${members.orgId} = ${orgId}`)
    .where(sql`lower(${persons.email}) = ANY(${sql.param(emails)}::text[])`);
  return new Map(
    rows.map((r) => [
      r.email,
      {
        personId: r.personId,
        email: r.email,
        member: r.roles
          ? { roles: r.roles, siteId: r.siteId, departmentId: r.departmentId, cohortId: r.cohortId }
          : null,
      },
    ]),
  );
}

/** Creates the persons that do not exist yet, in one statement, and answers every e-mail's person id. */
export async function createPersons(
  db: Executor,
  people: { email: string; name: string }[],
): Promise<Map<string, string>> {
  if (people.length === 0) return new Map();
  const emails = people.map((p) => p.email);
  await db.execute(sql`
    INSERT INTO persons (email, name)
    SELECT * FROM unnest(${sql.param(emails)}::text[], ${sql.param(people.map((p) => p.name))}::text[])
    ON CONFLICT ((lower(email))) DO NOTHING`);
  const rows = await db
    .select({ id: persons.id, email: sql<string>`lower(${persons.email})` })
    .from(persons)
    .where(sql`lower(${persons.email}) = ANY(${sql.param(emails)}::text[])`);
  return new Map(rows.map((r) => [r.email, r.id]));
}

export interface MemberWrite {
  personId: string;
  roles: string[];
  siteId: string | null;
  departmentId: string | null;
  cohortId: string | null;
}

const column = <K extends keyof MemberWrite>(rows: MemberWrite[], key: K) => rows.map((r) => r[key]);

/** New members are invited under the name the file gives, whatever an account with their address may be called. */
export async function insertMembers(
  db: Executor,
  orgId: string,
  rows: (MemberWrite & { invitedName: string })[],
): Promise<void> {
  if (rows.length === 0) return;
  // Roles travel as '{a,b}' literals: unnest cannot spread a two-dimensional array into one text[] per row.
  const roles = rows.map((r) => `{${r.roles.join(',')}}`);
  await db.execute(sql`
    INSERT INTO members (org_id, person_id, roles, site_id, department_id, cohort_id, invited_name, status)
    SELECT ${orgId}::uuid, p, r::text[], s, d, c, n, 'invited'
    FROM unnest(${sql.param(column(rows, 'personId'))}::uuid[], ${sql.param(roles)}::text[], ${sql.param(column(rows, 'siteId'))}::uuid[],
                ${sql.param(column(rows, 'departmentId'))}::uuid[], ${sql.param(column(rows, 'cohortId'))}::uuid[],
                ${sql.param(rows.map((r) => r.invitedName))}::text[]) AS t(p, r, s, d, c, n)`);
}

export async function updateMembers(db: Executor, orgId: string, rows: MemberWrite[]): Promise<void> {
  if (rows.length === 0) return;
  const roles = rows.map((r) => `{${r.roles.join(',')}}`);
  await db.execute(sql`
    UPDATE members m SET roles = t.r::text[], site_id = t.s, department_id = t.d, cohort_id = t.c, updated_at = now()
    FROM unnest(${sql.param(column(rows, 'personId'))}::uuid[], ${sql.param(roles)}::text[], ${sql.param(column(rows, 'siteId'))}::uuid[],
                ${sql.param(column(rows, 'departmentId'))}::uuid[], ${sql.param(column(rows, 'cohortId'))}::uuid[]) AS t(p, r, s, d, c)
    WHERE m.org_id = ${orgId}::uuid AND m.person_id = t.p`);
}

export async function lockImports(db: Executor, orgId: string): Promise<void> {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('people-import:' || ${orgId}))`);
}

export async function insertInvitations(
  db: Executor,
  orgId: string,
  invitedBy: string,
  rows: { personId: string; tokenHash: string }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.execute(sql`
    INSERT INTO invitations (org_id, person_id, token_hash, invited_by, expires_at)
    SELECT ${orgId}::uuid, p, h, ${invitedBy}::uuid, now() + interval '7 days'
    FROM unnest(${sql.param(rows.map((r) => r.personId))}::uuid[], ${sql.param(rows.map((r) => r.tokenHash))}::text[]) AS t(p, h)`);
}

export async function organisationName(db: Executor, orgId: string): Promise<string> {
  const rows = await db.execute<{ name: string }>(sql`SELECT name FROM organisations WHERE id = ${orgId}`);
  return rows.rows[0]?.name ?? '';
}

export interface RelationWrite {
  traineeId: string;
  assessorId: string;
  kind: string;
}

export const relationKey = (r: RelationWrite) => `${r.traineeId}:${r.assessorId}:${r.kind}`;

/** Which of these relationships the organisation has already recorded (never those a person declared themself). */
export async function recordedRelations(db: Executor, orgId: string, rows: RelationWrite[]): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const found = await db.execute<{ trainee_id: string; assessor_id: string; kind: string }>(sql`
    SELECT a.trainee_id, a.assessor_id, a.kind FROM assessor_relations a
    JOIN unnest(${sql.param(rows.map((r) => r.traineeId))}::uuid[], ${sql.param(rows.map((r) => r.assessorId))}::uuid[], ${sql.param(rows.map((r) => r.kind))}::text[]) AS t(tr, asr, k)
      ON a.trainee_id = t.tr AND a.assessor_id = t.asr AND a.kind = t.k
    WHERE a.org_id = ${orgId}::uuid AND a.source = 'organisation'`);
  return new Set(
    found.rows.map((r) => relationKey({ traineeId: r.trainee_id, assessorId: r.assessor_id, kind: r.kind })),
  );
}

/** Records relationships as the organisation's, in one statement; those already recorded stay as they are. */
export async function insertRelations(db: Executor, orgId: string, rows: RelationWrite[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.execute(sql`
    INSERT INTO assessor_relations (org_id, trainee_id, assessor_id, kind, source)
    SELECT ${orgId}::uuid, tr, asr, k, 'organisation'
    FROM unnest(${sql.param(rows.map((r) => r.traineeId))}::uuid[], ${sql.param(rows.map((r) => r.assessorId))}::uuid[], ${sql.param(rows.map((r) => r.kind))}::text[]) AS t(tr, asr, k)
    ON CONFLICT DO NOTHING`);
  return inserted.rowCount ?? 0;
}
