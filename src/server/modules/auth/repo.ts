import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '#db/client.ts';
import { prepared } from '#db/prepared.ts';
import { invitations, members, organisations, passwordResets, persons, sessions, signInFailures } from '#db/schema/index.ts';
import type { Role } from '#shared/contracts/common.ts';
import { SESSION_DAYS } from '../../plugins/access-repo.ts';

export async function findPersonByEmail(db: Executor, email: string) {
  const [row] = await db.select().from(persons).where(sql`lower(${persons.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}

export async function findPersonById(db: Executor, id: string) {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row ?? null;
}

export async function setPassword(db: Executor, personId: string, passwordHash: string): Promise<void> {
  await db.update(persons).set({ passwordHash }).where(eq(persons.id, personId));
}

export async function renamePerson(db: Executor, personId: string, name: string): Promise<void> {
  await db.update(persons).set({ name }).where(eq(persons.id, personId));
}

export async function createSession(db: Executor, personId: string, tokenHash: string): Promise<void> {
  await db.insert(sessions).values({ tokenHash, personId, expiresAt: sql`now() + make_interval(days => ${SESSION_DAYS})` });
}

export async function deleteSession(db: Executor, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOf(db: Executor, personId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.personId, personId));
}

const membershipsOfPerson = prepared((db) =>
  db
    .select({ orgId: organisations.id, orgName: organisations.name, roles: members.roles })
    .from(members)
    .innerJoin(organisations, eq(organisations.id, members.orgId))
    .where(and(eq(members.personId, sql.placeholder('personId')), eq(members.status, 'active')))
    // The organisation joined first is the person's home: the app opens there.
    .orderBy(members.joinedAt, organisations.name)
    .prepare('memberships_of_person'),
);

export async function listMemberships(db: Executor, personId: string) {
  const rows = await membershipsOfPerson(db).execute({ personId });
  return rows.map((r) => ({ ...r, roles: r.roles as Role[] }));
}

export async function recentFailures(db: Database, email: string, address: string, windowMinutes: number) {
  const since = sql`now() - make_interval(mins => ${windowMinutes})`;
  const [row] = await db
    .select({
      byEmail: sql<number>`count(*) filter (where ${signInFailures.email} = ${email})::int`,
      byAddress: sql<number>`count(*) filter (where ${signInFailures.address} = ${address})::int`,
    })
    .from(signInFailures)
    .where(and(gt(signInFailures.at, since), sql`(${signInFailures.email} = ${email} or ${signInFailures.address} = ${address})`));
  return { byEmail: row?.byEmail ?? 0, byAddress: row?.byAddress ?? 0 };
}

export async function recordFailure(db: Database, email: string, address: string): Promise<void> {
  await db.insert(signInFailures).values({ email, address });
}

export async function clearFailures(db: Database, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
}

export async function createPasswordReset(db: Executor, personId: string, tokenHash: string): Promise<void> {
  await db.insert(passwordResets).values({ tokenHash, personId, expiresAt: sql`now() + interval '1 hour'` });
}

/** Marks the reset used and returns its person, or null when unknown, used or expired; one statement, so a link works once. */
export async function consumePasswordReset(db: Executor, tokenHash: string): Promise<string | null> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: sql`now()` })
    .where(and(eq(passwordResets.tokenHash, tokenHash), isNull(passwordResets.usedAt), gt(passwordResets.expiresAt, sql`now()`)))
    .returning({ personId: passwordResets.personId });
  return row?.personId ?? null;
}

export async function findOpenInvitation(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      orgId: invitations.orgId,
      orgName: organisations.name,
      personId: persons.id,
      email: persons.email,
      name: persons.name,
      passwordHash: persons.passwordHash,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .innerJoin(persons, eq(persons.id, invitations.personId))
    .innerJoin(members, and(eq(members.orgId, invitations.orgId), eq(members.personId, invitations.personId)))
    .where(and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), gt(invitations.expiresAt, sql`now()`)));
  return row ?? null;
}

export async function markInvitationAccepted(db: Executor, invitationId: string, orgId: string, personId: string): Promise<void> {
  await db.update(invitations).set({ acceptedAt: sql`now()` }).where(eq(invitations.id, invitationId));
  await db
    .update(members)
    .set({ status: 'active', updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)));
}
