import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database, Executor } from '#db/client.ts';
import { prepared } from '#db/prepared.ts';
import {
  invitations,
  members,
  organisations,
  passwordResets,
  persons,
  sessions,
  signInFailures,
} from '#db/schema/index.ts';
import type { Role } from '#shared/contracts/common.ts';
import { SESSION_DAYS } from '../../plugins/access-repo.ts';

export async function findPersonByEmail(db: Executor, email: string) {
  const [row] = await db
    .select()
    .from(persons)
    .where(sql`lower(${persons.email}) = ${email.toLowerCase()}`);
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
  await db
    .insert(sessions)
    .values({ tokenHash, personId, expiresAt: sql`now() + make_interval(days => ${SESSION_DAYS})` });
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

/**
 * What the sign-in throttle weighs: this e-mail's failures (from anywhere) and the distinct e-mails that failed from
 * this address, each within its window, with when the last of each happened and the database's clock to compare.
 */
export async function recentFailures(
  db: Database,
  email: string,
  address: string,
  windows: { accountMinutes: number; addressMinutes: number },
) {
  const accountSince = sql`now() - make_interval(mins => ${windows.accountMinutes})`;
  const addressSince = sql`now() - make_interval(mins => ${windows.addressMinutes})`;
  const ofAccount = sql`${signInFailures.email} = ${email} and ${signInFailures.at} > ${accountSince}`;
  const ofAddress = sql`${signInFailures.address} = ${address} and ${signInFailures.at} > ${addressSince}`;
  const [row] = await db
    .select({
      accountFailures: sql<number>`count(*) filter (where ${ofAccount})::int`,
      accountLastAt: sql<Date | null>`max(${signInFailures.at}) filter (where ${ofAccount})`.mapWith(signInFailures.at),
      addressAccounts: sql<number>`count(distinct ${signInFailures.email}) filter (where ${ofAddress})::int`,
      addressLastAt: sql<Date | null>`max(${signInFailures.at}) filter (where ${ofAddress})`.mapWith(signInFailures.at),
      now: sql<Date>`now()`.mapWith(signInFailures.at),
    })
    .from(signInFailures)
    .where(sql`(${ofAccount}) or (${ofAddress})`);
  return row!;
}

export async function recordFailure(db: Database, email: string, address: string): Promise<void> {
  await db.insert(signInFailures).values({ email, address });
}

export async function clearFailures(db: Executor, email: string): Promise<void> {
  await db.delete(signInFailures).where(eq(signInFailures.email, email));
}

export async function createPasswordReset(db: Executor, personId: string, tokenHash: string): Promise<void> {
  await db.insert(passwordResets).values({ tokenHash, personId, expiresAt: sql`now() + interval '1 hour'` });
}

export async function countRecentResets(db: Executor, personId: string, minutes: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(passwordResets)
    .where(
      and(
        eq(passwordResets.personId, personId),
        gt(passwordResets.createdAt, sql`now() - make_interval(mins => ${minutes})`),
      ),
    );
  return row?.n ?? 0;
}

/** Marks the reset used and returns its person, or null when unknown, used or expired; one statement, so a link works once. */
export async function consumePasswordReset(
  db: Executor,
  tokenHash: string,
): Promise<{ id: string; email: string } | null> {
  const [row] = await db
    .update(passwordResets)
    .set({ usedAt: sql`now()` })
    .from(persons)
    .where(
      and(
        eq(passwordResets.tokenHash, tokenHash),
        eq(persons.id, passwordResets.personId),
        isNull(passwordResets.usedAt),
        gt(passwordResets.expiresAt, sql`now()`),
      ),
    )
    .returning({ id: persons.id, email: persons.email });
  return row ?? null;
}

export async function findOpenInvitation(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      id: invitations.id,
      orgId: invitations.orgId,
      orgName: organisations.name,
      personId: persons.id,
      email: persons.email,
      // An account nobody has claimed yet carries the name the first organisation typed: offer this one's instead.
      name: sql<string>`case when ${persons.passwordHash} is null then coalesce(${members.invitedName}, ${persons.name}) else ${persons.name} end`,
      passwordHash: persons.passwordHash,
    })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .innerJoin(persons, eq(persons.id, invitations.personId))
    .innerJoin(members, and(eq(members.orgId, invitations.orgId), eq(members.personId, invitations.personId)))
    .where(
      and(eq(invitations.tokenHash, tokenHash), isNull(invitations.acceptedAt), gt(invitations.expiresAt, sql`now()`)),
    );
  return row ?? null;
}

export async function markInvitationAccepted(
  db: Executor,
  { invitationId, orgId, personId }: { invitationId: string; orgId: string; personId: string },
): Promise<void> {
  await db
    .update(invitations)
    .set({ acceptedAt: sql`now()` })
    .where(eq(invitations.id, invitationId));
  await db
    .update(members)
    .set({ status: 'active', updatedAt: sql`now()` })
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)));
}
