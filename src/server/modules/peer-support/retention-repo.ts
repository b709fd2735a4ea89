import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import type { RequestTopic } from '#shared/contracts/peer-support.ts';

/** Requests erased in one transaction, so a long backlog is worked off in short steps. */
const ERASE_BATCH = 500;

/**
 * Erases what identifies the requesters of requests closed or cancelled more than their program's retention days
 * ago (at most one batch): the requester, contact detail, alias, department and career stage, the messages and an
 * event offer's link to it. Topic, times, outcome and who supported stay, for the counts. Returns the requests it
 * erased (the caller forgets the requester's notifications about them); an erased request is never picked again.
 */
export async function eraseDueRequests(db: Executor): Promise<{ id: string; orgId: string }[]> {
  const { rows } = await db.execute<{ id: string; org_id: string }>(sql`
    SELECT r.id, r.org_id
    FROM peer_requests r
    LEFT JOIN peer_support_programs p ON p.org_id = r.org_id
    WHERE r.erased_at IS NULL AND r.status IN ('closed', 'cancelled')
      AND coalesce(r.closed_at, r.cancelled_at, r.created_at)
          < now() - make_interval(days => coalesce(p.retention_days, 90))
    ORDER BY r.id
    LIMIT ${ERASE_BATCH}
    FOR UPDATE OF r SKIP LOCKED`);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  await db.execute(sql`DELETE FROM peer_request_messages WHERE request_id = ANY(${sql.param(ids)}::uuid[])`);
  await db.execute(sql`UPDATE event_offers SET request_id = NULL WHERE request_id = ANY(${sql.param(ids)}::uuid[])`);
  await db.execute(sql`
    UPDATE peer_requests
    SET requester_id = NULL, contact_detail = NULL, alias = NULL, requester_department_id = NULL,
        requester_career_stage = NULL, erased_at = now()
    WHERE id = ANY(${sql.param(ids)}::uuid[])`);
  return rows.map((r) => ({ id: r.id, orgId: r.org_id }));
}

/** The title of a follow-up reminder. */
export const FOLLOW_UP_REMINDER_TITLE = 'A follow-up is due';

export interface DueFollowUp {
  id: string;
  orgId: string;
  supporterId: string;
  topic: RequestTopic;
  /** The booked time, when the follow-up was booked at closing (null: the requester asked for it). */
  followUpAt: Date | null;
  timeZone: string;
}

/**
 * Follow-ups whose supporter has not been reminded yet: a booked one whose time has come, or one the requester
 * asked for that is still not done `askedHours` later; each once per closing or asking (`follow_up_reminded_at`).
 */
export async function dueFollowUps(db: Executor, askedHours: number): Promise<DueFollowUp[]> {
  const { rows } = await db.execute<{
    id: string;
    org_id: string;
    claimed_by: string;
    topic: RequestTopic;
    follow_up_at: string | null;
    booked_due: boolean;
    time_zone: string;
  }>(sql`
    SELECT r.id, r.org_id, r.claimed_by, r.topic, r.follow_up_at, o.time_zone,
           (r.follow_up_done_at IS NULL AND r.follow_up_at <= now()) AS booked_due
    FROM peer_requests r
    JOIN organisations o ON o.id = r.org_id
    WHERE r.status = 'closed' AND r.erased_at IS NULL AND r.claimed_by IS NOT NULL
      AND ((r.follow_up_done_at IS NULL AND r.follow_up_at <= now())
        OR (r.follow_up_requested_at <= now() - make_interval(hours => ${askedHours})
            AND (r.follow_up_done_at IS NULL OR r.follow_up_done_at < r.follow_up_requested_at)))
      AND (r.follow_up_reminded_at IS NULL
        OR r.follow_up_reminded_at < greatest(r.closed_at, r.follow_up_requested_at))
    ORDER BY r.id
    LIMIT 500
    FOR UPDATE OF r SKIP LOCKED`);
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    supporterId: r.claimed_by,
    topic: r.topic,
    followUpAt: r.booked_due && r.follow_up_at ? new Date(r.follow_up_at) : null,
    timeZone: r.time_zone,
  }));
}

/** Marks these requests' supporters as reminded of their follow-up, in the transaction that reminds them. */
export async function markFollowUpsReminded(db: Executor, ids: string[]): Promise<void> {
  await db.execute(sql`
    UPDATE peer_requests SET follow_up_reminded_at = now() WHERE id = ANY(${sql.param(ids)}::uuid[])`);
}
