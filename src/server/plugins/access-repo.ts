import { and, eq, gt, sql } from 'drizzle-orm';
import type { Database, Executor } from '#db/client.ts';
import { prepared } from '#db/prepared.ts';
import { members, organisations, persons, sessions } from '#db/schema/index.ts';
import type { Role } from '#shared/contracts/common.ts';

export const SESSION_DAYS = 14;

const liveSession = (db: Executor, inOrg: boolean) =>
  db
    .select({
      id: persons.id,
      name: persons.name,
      email: persons.email,
      lastSeenAt: sessions.lastSeenAt,
      roles: members.roles,
      timeZone: organisations.timeZone,
    })
    .from(sessions)
    .innerJoin(persons, eq(persons.id, sessions.personId))
    .leftJoin(
      members,
      inOrg
        ? and(
            eq(members.personId, sessions.personId),
            eq(members.orgId, sql.placeholder('orgId')),
            eq(members.status, 'active'),
          )
        : sql`false`,
    )
    .leftJoin(organisations, eq(organisations.id, members.orgId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('tokenHash')), gt(sessions.expiresAt, sql`now()`)));

// Every request runs this lookup: built once, planned once per connection.
const liveSessionOnly = prepared((db) => liveSession(db, false).prepare('live_session'));
const liveSessionInOrg = prepared((db) => liveSession(db, true).prepare('live_session_in_org'));

/**
 * The person behind a live session and, when `orgId` is given, their active membership of that
 * organisation (null when they have none): one round trip for what every organisation route checks.
 */
export async function findLiveSession(db: Database, tokenHash: string, orgId: string | null) {
  const [row] = orgId
    ? await liveSessionInOrg(db).execute({ tokenHash, orgId })
    : await liveSessionOnly(db).execute({ tokenHash });
  if (!row) return null;
  const membership = row.roles && row.timeZone ? { roles: row.roles as Role[], timeZone: row.timeZone } : null;
  return { id: row.id, name: row.name, email: row.email, lastSeenAt: row.lastSeenAt, membership };
}

/** Sliding expiry, written at most once an hour per session to keep reads cheap. */
export async function touchSession(db: Database, tokenHash: string): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, expiresAt: sql`now() + make_interval(days => ${SESSION_DAYS})` })
    .where(eq(sessions.tokenHash, tokenHash));
}
