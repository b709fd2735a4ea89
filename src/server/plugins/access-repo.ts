import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '#db/client.ts';
import { members, organisations, persons, sessions } from '#db/schema/index.ts';
import type { Role } from '#shared/contracts/common.ts';

export const SESSION_DAYS = 14;

export async function findLiveSession(db: Database, tokenHash: string) {
  const [row] = await db
    .select({ id: persons.id, name: persons.name, email: persons.email, lastSeenAt: sessions.lastSeenAt })
    .from(sessions)
    .innerJoin(persons, eq(persons.id, sessions.personId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`)));
  return row ?? null;
}

/** Sliding expiry, written at most once an hour per session to keep reads cheap. */
export async function touchSession(db: Database, tokenHash: string): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, expiresAt: sql`now() + make_interval(days => ${SESSION_DAYS})` })
    .where(eq(sessions.tokenHash, tokenHash));
}

export async function findMembership(db: Database, orgId: string, personId: string) {
  const [row] = await db
    .select({ roles: members.roles, timeZone: organisations.timeZone })
    .from(members)
    .innerJoin(organisations, eq(organisations.id, members.orgId))
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId), eq(members.status, 'active')));
  return row ? { roles: row.roles as Role[], timeZone: row.timeZone } : null;
}
