import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';

/** A planned meeting whose reminder is due, with what its e-mail says and to whom. */
export interface DueMeeting {
  id: string;
  orgId: string;
  pairId: string;
  label: string;
  dueOn: string;
  programName: string;
  mentor: { name: string; email: string };
  mentee: { name: string; email: string };
}

/**
 * Claims up to `limit` meetings of running pairs, not held and not yet reminded, due within `daysAhead`
 * days where the organisation is. The rows stay locked until the transaction ends; SKIP LOCKED lets
 * several instances claim batches at once without taking the same meeting twice.
 */
export async function claimDueMeetings(
  db: Executor,
  { daysAhead, limit }: { daysAhead: number; limit: number },
): Promise<DueMeeting[]> {
  const { rows } = await db.execute<{
    id: string;
    org_id: string;
    pair_id: string;
    label: string;
    due_on: string;
    program_name: string;
    mentor_name: string;
    mentor_email: string;
    mentee_name: string;
    mentee_email: string;
  }>(sql`
    SELECT m.id, m.org_id, m.pair_id, m.label, to_char(m.due_on, 'YYYY-MM-DD') AS due_on, pr.name AS program_name,
           mentor.name AS mentor_name, mentor.email AS mentor_email,
           mentee.name AS mentee_name, mentee.email AS mentee_email
    FROM pair_meetings m
    JOIN mentoring_pairs p ON p.id = m.pair_id AND p.status = 'active'
    JOIN mentoring_programs pr ON pr.id = p.program_id
    JOIN organisations o ON o.id = m.org_id
    JOIN persons mentor ON mentor.id = p.mentor_id
    JOIN persons mentee ON mentee.id = p.mentee_id
    WHERE m.happened_on IS NULL AND m.reminder_sent_at IS NULL
      AND m.due_on <= (now() AT TIME ZONE o.time_zone)::date + ${daysAhead}::int
      AND m.due_on >= (now() AT TIME ZONE o.time_zone)::date
    ORDER BY m.due_on
    LIMIT ${limit}
    FOR UPDATE OF m SKIP LOCKED`);
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    pairId: r.pair_id,
    label: r.label,
    dueOn: r.due_on,
    programName: r.program_name,
    mentor: { name: r.mentor_name, email: r.mentor_email },
    mentee: { name: r.mentee_name, email: r.mentee_email },
  }));
}

/** Marks meetings as reminded, so no later batch claims them again. */
export async function markReminded(db: Executor, meetingIds: string[]) {
  await db.execute(
    sql`UPDATE pair_meetings SET reminder_sent_at = now() WHERE id = ANY(${sql.param(meetingIds)}::uuid[])`,
  );
}
