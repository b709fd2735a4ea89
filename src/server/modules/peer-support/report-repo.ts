import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import type { Outcome, RequestTopic } from '#shared/contracts/peer-support.ts';

/**
 * What the report counts of one request: never who asked or who answered. Requests whose requester was erased
 * after the retention period are here as much as any other (their counts stay).
 */
export interface RequestFact {
  /** 'YYYY-MM' of asking, in the organisation's time zone. */
  month: string;
  topic: RequestTopic;
  outcome: Outcome | null;
  minutesToContact: number | null;
  /**
   * Claimed within the program's limit at its first step; null when that cannot be judged yet (its time has not
   * run out) or at all (cancelled, unclaimed, before its time ran out).
   */
  inTime: boolean | null;
  reroutes: number;
}

type Window = { orgId: string; oldestMonth: string };

const since = (oldestMonth: string) => sql`(${`${oldestMonth}-01`}::date::timestamp AT TIME ZONE o.time_zone)`;

export async function requestFacts(
  db: Executor,
  { orgId, oldestMonth, ackMinutes }: Window & { ackMinutes: number },
): Promise<RequestFact[]> {
  const limit = sql`r.created_at + make_interval(mins => ${ackMinutes})`;
  const { rows } = await db.execute<RequestFact & Record<string, unknown>>(sql`
    SELECT to_char(r.created_at AT TIME ZONE o.time_zone, 'YYYY-MM') AS month, r.topic, r.outcome, r.reroutes,
           (extract(epoch FROM r.first_contact_at - r.created_at) / 60)::float8 AS "minutesToContact",
           CASE
             WHEN r.claimed_at IS NOT NULL AND r.claimed_at <= ${limit} THEN true
             WHEN ${limit} > now() THEN null
             WHEN r.claimed_at IS NULL AND r.cancelled_at IS NOT NULL AND r.cancelled_at <= ${limit} THEN null
             ELSE false
           END AS "inTime"
    FROM peer_requests r JOIN organisations o ON o.id = r.org_id
    WHERE r.org_id = ${orgId} AND r.created_at >= ${since(oldestMonth)}`);
  return rows;
}

/** Debriefs held per month of their time, in the organisation's zone. */
export async function debriefsHeldByMonth(db: Executor, { orgId, oldestMonth }: Window): Promise<Map<string, number>> {
  const { rows } = await db.execute<{ month: string; held: number }>(sql`
    SELECT to_char(d.starts_at AT TIME ZONE o.time_zone, 'YYYY-MM') AS month, count(*)::int AS held
    FROM team_debriefs d JOIN organisations o ON o.id = d.org_id
    WHERE d.org_id = ${orgId} AND d.status = 'held' AND d.starts_at >= ${since(oldestMonth)}
    GROUP BY 1`);
  return new Map(rows.map((r) => [r.month, r.held]));
}

/** For each peer supporter of the organisation, how many requests they took in the last 28 days (no ids). */
export async function supporterLoads(db: Executor, orgId: string): Promise<number[]> {
  const { rows } = await db.execute<{ load: number }>(sql`
    SELECT (SELECT count(*)::int FROM peer_requests r
            WHERE r.org_id = m.org_id AND r.claimed_by = m.person_id AND r.claimed_at > now() - interval '28 days') AS load
    FROM members m
    WHERE m.org_id = ${orgId} AND m.status = 'active' AND 'peer_supporter' = ANY(m.roles)`);
  return rows.map((r) => r.load);
}
