import { eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { surveyAnswerPool, surveyAnswers, surveySubmissions } from '#db/schema/index.ts';
import type { PooledAnswers } from '../anonymous-answers/index.ts';

export interface Answer {
  helpful: number;
  lessAlone: number;
  ableToCope: number;
  change: string;
}

/**
 * Privacy rule 3 (docs/decisions/005-anonymous-answers.md): the surveys of one group are written
 * together, and a batch is the group's whole pool. Answers name the group, never the session, which
 * has at most 6 attendees.
 */
export const groupSurveys: PooledAnswers<typeof surveySubmissions, typeof surveyAnswerPool> = {
  hasAnswered: surveySubmissions,
  held: surveyAnswerPool,
  sealed: surveyAnswerPool.sealed,
  clear: [surveyAnswerPool.orgId, surveyAnswerPool.programId, surveyAnswerPool.groupId],
  scopeColumn: surveyAnswerPool.groupId,
  released: surveyAnswers,
  batchBy: [surveyAnswerPool.groupId],
  scope: (groupId) => ({
    lock: `group-survey:${groupId}`,
    hasAnswered: sql`${surveySubmissions.sessionId} IN (SELECT id FROM group_sessions WHERE group_id = ${groupId})`,
    held: eq(surveyAnswerPool.groupId, groupId),
  }),
};

/** Groups with at least `minimum` answers held. */
export async function poolSizes(db: Executor, minimum: number): Promise<{ orgId: string; groupId: string }[]> {
  const { rows } = await db.execute<{ orgId: string; groupId: string }>(sql`
    SELECT org_id AS "orgId", group_id AS "groupId" FROM survey_answer_pool
    GROUP BY org_id, group_id HAVING count(*) >= ${minimum}`);
  return rows;
}

/** A session whose survey goes out, with what the invitation says. */
export interface EndedSession {
  id: string;
  orgId: string;
  groupId: string;
  groupName: string;
  timeZone: string;
  startsAt: Date;
}

/** Sessions that have ended and whose survey has not gone out, locked so it goes out once. */
export async function claimEndedSessions(db: Executor, withinDays: number): Promise<EndedSession[]> {
  const { rows } = await db.execute<Omit<EndedSession, 'startsAt'> & { startsAt: string }>(sql`
    SELECT s.id, s.org_id AS "orgId", s.group_id AS "groupId", g.name AS "groupName", o.time_zone AS "timeZone",
           s.starts_at AS "startsAt"
    FROM group_sessions s
    JOIN support_groups g ON g.id = s.group_id
    JOIN organisations o ON o.id = s.org_id
    WHERE s.cancelled_at IS NULL AND s.survey_sent_at IS NULL
      AND s.starts_at + make_interval(mins => s.duration_minutes) < now()
      AND s.starts_at + make_interval(mins => s.duration_minutes) > now() - make_interval(days => ${withinDays})
    LIMIT 200
    FOR UPDATE OF s SKIP LOCKED`);
  return rows.map((r) => ({ ...r, startsAt: new Date(r.startsAt) }));
}

export async function markSurveySent(db: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return;
  await db.execute(
    sql`UPDATE group_sessions SET survey_sent_at = now() WHERE id = ANY(${sql.param(sessionIds)}::uuid[])`,
  );
}

/**
 * Whether an RSVP row counts as having come: once the facilitator has taken the register, those it
 * marks present; before that, those who said yes (or were marked present). Needs `r` and `s`.
 */
const CAME = sql`(CASE WHEN s.register_taken_at IS NOT NULL THEN r.attended ELSE (r.response = 'yes' OR r.attended) END)`;

/** Who came to a session (see CAME). */
export async function attendeesOf(db: Executor, sessionId: string) {
  const { rows } = await db.execute<{ id: string; name: string; email: string }>(sql`
    SELECT p.id, p.name, p.email
    FROM session_rsvps r JOIN group_sessions s ON s.id = r.session_id JOIN persons p ON p.id = r.person_id
    WHERE r.session_id = ${sessionId} AND ${CAME}`);
  return rows;
}

/** Whether the person came to the session (see CAME). */
export async function came(db: Executor, sessionId: string, personId: string) {
  const { rows } = await db.execute(sql`
    SELECT 1 FROM session_rsvps r JOIN group_sessions s ON s.id = r.session_id
    WHERE r.session_id = ${sessionId} AND r.person_id = ${personId} AND ${CAME}`);
  return rows.length > 0;
}

/** Whether the person has answered the session's survey. */
export async function hasAnswered(db: Executor, sessionId: string, personId: string) {
  const { rows } = await db.execute(
    sql`SELECT 1 FROM survey_submissions WHERE session_id = ${sessionId} AND person_id = ${personId}`,
  );
  return rows.length > 0;
}

/** A survey open to someone: the session's group, the day it met, and the day the survey closes. */
export interface OpenSurvey {
  sessionId: string;
  groupId: string;
  groupName: string;
  sessionOn: string;
  closesOn: string;
}

/** Surveys still open to the person: sessions they came to, ended within the window, not yet answered. */
export async function openSurveysOf(
  db: Executor,
  { orgId, personId, withinDays }: { orgId: string; personId: string; withinDays: number },
): Promise<OpenSurvey[]> {
  const closes = sql`s.starts_at + make_interval(mins => s.duration_minutes, days => ${withinDays})`;
  const { rows } = await db.execute<OpenSurvey & Record<string, unknown>>(sql`
    SELECT s.id AS "sessionId", g.id AS "groupId", g.name AS "groupName",
           to_char(s.starts_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS "sessionOn",
           to_char((${closes}) AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS "closesOn"
    FROM session_rsvps r
    JOIN group_sessions s ON s.id = r.session_id
    JOIN support_groups g ON g.id = s.group_id
    JOIN organisations o ON o.id = s.org_id
    WHERE r.org_id = ${orgId} AND r.person_id = ${personId} AND ${CAME}
      AND s.cancelled_at IS NULL
      AND s.starts_at + make_interval(mins => s.duration_minutes) < now()
      AND s.starts_at + make_interval(mins => s.duration_minutes, days => ${withinDays}) > now()
      AND NOT EXISTS (SELECT 1 FROM survey_submissions x WHERE x.session_id = s.id AND x.person_id = r.person_id)
    ORDER BY s.starts_at DESC`);
  return rows;
}

/** An answer released from its group's pool: it names the group, nothing finer. */
export type ReleasedAnswer = Answer & { groupId: string };

/** Released answers of the program's groups: the only answers any report reads. */
export async function releasedAnswers(db: Executor, orgId: string, programId: string): Promise<ReleasedAnswer[]> {
  const { rows } = await db.execute<ReleasedAnswer & Record<string, unknown>>(sql`
    SELECT group_id AS "groupId", helpful, less_alone AS "lessAlone", able_to_cope AS "ableToCope", change
    FROM survey_answers
    WHERE org_id = ${orgId} AND program_id = ${programId}`);
  return rows;
}
