import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';

/**
 * Privacy rule 3 lives here (docs/decisions/005-anonymous-answers.md). Every write to the survey
 * tables rewrites the group's rows whole, in an order set by their own content, so that no row keeps
 * the transaction id or the position it arrived with: within a group, all "has answered" rows and all
 * held answers carry the id of the latest transaction, and released answers that of their release.
 */

export interface Answer {
  helpful: number;
  lessAlone: number;
  ableToCope: number;
  change: string;
}

/** The one order rows are ever written in: by content, never by arrival. */
const byContent = (a: Answer, b: Answer) => a.helpful - b.helpful || a.lessAlone - b.lessAlone || a.ableToCope - b.ableToCope || (a.change < b.change ? -1 : a.change > b.change ? 1 : 0);

/** Serialises every write to one group's survey rows. */
export async function lockGroupSurvey(db: Executor, groupId: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('group-survey:' || ${groupId}))`);
}

/** Records that the person answered the session's survey; false when they already had. */
export async function claimSubmission(db: Executor, orgId: string, sessionId: string, personId: string) {
  const { rows } = await db.execute(sql`
    INSERT INTO survey_submissions (org_id, session_id, person_id) VALUES (${orgId}, ${sessionId}, ${personId})
    ON CONFLICT DO NOTHING RETURNING person_id`);
  return rows.length > 0;
}

/** Rewrites all of the group's "has answered" rows, ordered by session and person. */
export async function rewriteSubmissions(db: Executor, groupId: string) {
  const { rows } = await db.execute<{ org_id: string; session_id: string; person_id: string }>(sql`
    DELETE FROM survey_submissions x USING group_sessions s
    WHERE s.id = x.session_id AND s.group_id = ${groupId}
    RETURNING x.org_id, x.session_id, x.person_id`);
  if (rows.length === 0) return;
  const sorted = [...rows].sort((a, b) => (a.session_id + a.person_id < b.session_id + b.person_id ? -1 : 1));
  await db.execute(sql`
    INSERT INTO survey_submissions (org_id, session_id, person_id)
    SELECT * FROM unnest(${sql.param(sorted.map((r) => r.org_id))}::uuid[], ${sql.param(sorted.map((r) => r.session_id))}::uuid[], ${sql.param(sorted.map((r) => r.person_id))}::uuid[])`);
}

type PoolRow = Answer & { orgId: string; programId: string; groupId: string };

async function takePool(db: Executor, groupId: string): Promise<PoolRow[]> {
  const { rows } = await db.execute<{ org_id: string; program_id: string; group_id: string; helpful: number; less_alone: number; able_to_cope: number; change: string }>(sql`
    DELETE FROM survey_answer_pool WHERE group_id = ${groupId}
    RETURNING org_id, program_id, group_id, helpful, less_alone, able_to_cope, change`);
  return rows.map((r) => ({ orgId: r.org_id, programId: r.program_id, groupId: r.group_id, helpful: r.helpful, lessAlone: r.less_alone, ableToCope: r.able_to_cope, change: r.change }));
}

const columns = (rows: PoolRow[]) => ({
  org: sql.param(rows.map((r) => r.orgId)),
  program: sql.param(rows.map((r) => r.programId)),
  group: sql.param(rows.map((r) => r.groupId)),
  helpful: sql.param(rows.map((r) => r.helpful)),
  lessAlone: sql.param(rows.map((r) => r.lessAlone)),
  cope: sql.param(rows.map((r) => r.ableToCope)),
  change: sql.param(rows.map((r) => r.change)),
});

/** Adds an answer to the group's pool by rewriting the pool whole, in content order. */
export async function addToPool(db: Executor, answer: PoolRow) {
  const rows = [...(await takePool(db, answer.groupId)), answer].sort(byContent);
  const c = columns(rows);
  await db.execute(sql`
    INSERT INTO survey_answer_pool (org_id, program_id, group_id, helpful, less_alone, able_to_cope, change)
    SELECT * FROM unnest(${c.org}::uuid[], ${c.program}::uuid[], ${c.group}::uuid[], ${c.helpful}::int[], ${c.lessAlone}::int[], ${c.cope}::int[], ${c.change}::text[])`);
}

/** Moves the whole pool into the answers, in content order, dated by the day of release; returns how many. */
export async function releasePool(db: Executor, groupId: string, releasedOn: string) {
  const rows = (await takePool(db, groupId)).sort(byContent);
  if (rows.length === 0) return 0;
  const c = columns(rows);
  await db.execute(sql`
    INSERT INTO survey_answers (org_id, program_id, group_id, released_on, helpful, less_alone, able_to_cope, change)
    SELECT o, p, g, ${releasedOn}::date, h, l, a, ch
    FROM unnest(${c.org}::uuid[], ${c.program}::uuid[], ${c.group}::uuid[], ${c.helpful}::int[], ${c.lessAlone}::int[], ${c.cope}::int[], ${c.change}::text[]) AS t(o, p, g, h, l, a, ch)`);
  return rows.length;
}

export async function poolSizes(db: Executor, minimum: number) {
  const { rows } = await db.execute<{ org_id: string; group_id: string; n: number }>(sql`
    SELECT org_id, group_id, count(*)::int AS n FROM survey_answer_pool GROUP BY org_id, group_id HAVING count(*) >= ${minimum}`);
  return rows;
}

export async function poolSize(db: Executor, groupId: string) {
  const { rows } = await db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM survey_answer_pool WHERE group_id = ${groupId}`);
  return rows[0]!.n;
}

/**
 * Dead row versions left by the rewrites would still hold the old order on disk until vacuumed; the
 * tables are small, so they are vacuumed at once.
 */
export async function vacuumSurveyTables(db: Executor) {
  await db.execute(sql`VACUUM survey_submissions, survey_answer_pool`);
}

/** Sessions that have ended and whose survey has not gone out, locked so it goes out once. */
export async function claimEndedSessions(db: Executor, withinDays: number) {
  const { rows } = await db.execute<{ id: string; org_id: string; group_id: string; group_name: string; time_zone: string; starts_at: string }>(sql`
    SELECT s.id, s.org_id, s.group_id, g.name AS group_name, o.time_zone, s.starts_at
    FROM group_sessions s
    JOIN support_groups g ON g.id = s.group_id
    JOIN organisations o ON o.id = s.org_id
    WHERE s.cancelled_at IS NULL AND s.survey_sent_at IS NULL
      AND s.starts_at + make_interval(mins => s.duration_minutes) < now()
      AND s.starts_at + make_interval(mins => s.duration_minutes) > now() - make_interval(days => ${withinDays})
    LIMIT 200
    FOR UPDATE OF s SKIP LOCKED`);
  return rows;
}

export async function markSurveySent(db: Executor, sessionIds: string[]) {
  if (sessionIds.length) await db.execute(sql`UPDATE group_sessions SET survey_sent_at = now() WHERE id = ANY(${sql.param(sessionIds)}::uuid[])`);
}

/** Who came to a session: said yes, or was marked present. */
export async function attendeesOf(db: Executor, sessionId: string) {
  const { rows } = await db.execute<{ id: string; name: string; email: string }>(sql`
    SELECT p.id, p.name, p.email FROM session_rsvps r JOIN persons p ON p.id = r.person_id
    WHERE r.session_id = ${sessionId} AND (r.response = 'yes' OR r.attended)`);
  return rows;
}

/** Surveys still open to the person: sessions they came to, ended within the window, not yet answered. */
export async function openSurveysOf(db: Executor, orgId: string, personId: string, withinDays: number) {
  const { rows } = await db.execute<{ session_id: string; group_id: string; group_name: string; session_on: string; closes_on: string }>(sql`
    SELECT s.id AS session_id, g.id AS group_id, g.name AS group_name,
           to_char(s.starts_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS session_on,
           to_char((s.starts_at + make_interval(mins => s.duration_minutes, days => ${withinDays})) AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS closes_on
    FROM session_rsvps r
    JOIN group_sessions s ON s.id = r.session_id
    JOIN support_groups g ON g.id = s.group_id
    JOIN organisations o ON o.id = s.org_id
    WHERE r.org_id = ${orgId} AND r.person_id = ${personId} AND (r.response = 'yes' OR r.attended)
      AND s.cancelled_at IS NULL
      AND s.starts_at + make_interval(mins => s.duration_minutes) < now()
      AND s.starts_at + make_interval(mins => s.duration_minutes, days => ${withinDays}) > now()
      AND NOT EXISTS (SELECT 1 FROM survey_submissions x WHERE x.session_id = s.id AND x.person_id = r.person_id)
    ORDER BY s.starts_at DESC`);
  return rows;
}

/** Released answers of the program's groups: the only answers any report reads. */
export async function releasedAnswers(db: Executor, orgId: string, programId: string) {
  const { rows } = await db.execute<{ group_id: string; helpful: number; less_alone: number; able_to_cope: number; change: string }>(sql`
    SELECT group_id, helpful, less_alone, able_to_cope, change FROM survey_answers
    WHERE org_id = ${orgId} AND program_id = ${programId}`);
  return rows;
}
