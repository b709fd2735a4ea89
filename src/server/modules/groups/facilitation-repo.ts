import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { persons, sessionLogs, supervisionRecords } from '#db/schema/index.ts';
import { alias } from 'drizzle-orm/pg-core';

export async function logsOf(db: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return db.select().from(sessionLogs).where(inArray(sessionLogs.sessionId, sessionIds));
}

export async function saveLog(
  db: Executor,
  values: { orgId: string; groupId: string; sessionId: string; attendanceCount: number; themes: string[]; signpostingGiven: boolean; escalationNeeded: boolean; loggedBy: string },
) {
  const { orgId: _o, groupId: _g, sessionId: _s, ...change } = values;
  const [row] = await db
    .insert(sessionLogs)
    .values(values)
    .onConflictDoUpdate({ target: sessionLogs.sessionId, set: { ...change, loggedAt: sql`now()` } })
    .returning();
  return row!;
}

const facilitator = alias(persons, 'facilitator');
const supervisor = alias(persons, 'supervisor');

export const supervisionOf = (db: Executor, groupIds: string[]) =>
  groupIds.length === 0
    ? Promise.resolve([])
    : db
        .select({
          id: supervisionRecords.id,
          groupId: supervisionRecords.groupId,
          facilitator: { id: facilitator.id, name: facilitator.name },
          supervisorId: supervisionRecords.supervisorId,
          supervisorName: supervisor.name,
          sessionId: supervisionRecords.sessionId,
          metOn: supervisionRecords.metOn,
        })
        .from(supervisionRecords)
        .innerJoin(facilitator, eq(facilitator.id, supervisionRecords.facilitatorId))
        .leftJoin(supervisor, eq(supervisor.id, supervisionRecords.supervisorId))
        .where(inArray(supervisionRecords.groupId, groupIds))
        .orderBy(desc(supervisionRecords.metOn), asc(facilitator.name));

export async function insertSupervision(db: Executor, values: { orgId: string; groupId: string; facilitatorId: string; supervisorId: string | null; sessionId: string | null; metOn: string }) {
  const [row] = await db.insert(supervisionRecords).values(values).returning({ id: supervisionRecords.id });
  return row!.id;
}

/** Per group of a program: sessions held (logged), their date and head count, and escalations. */
export async function attendanceOf(db: Executor, orgId: string, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  const { rows } = await db.execute<{ group_id: string; session_on: string; count: number; escalation: boolean }>(sql`
    SELECT l.group_id, to_char(s.starts_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS session_on, l.attendance_count AS count, l.escalation_needed AS escalation
    FROM session_logs l
    JOIN group_sessions s ON s.id = l.session_id
    JOIN organisations o ON o.id = l.org_id
    WHERE l.org_id = ${orgId} AND l.group_id = ANY(${sql.param(groupIds)}::uuid[])
    ORDER BY s.starts_at`);
  return rows;
}

/** The date of each group's sessions that have taken place (not cancelled), newest first. */
export async function heldSessionDates(db: Executor, orgId: string, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  const { rows } = await db.execute<{ group_id: string; session_on: string }>(sql`
    SELECT s.group_id, to_char(s.starts_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS session_on
    FROM group_sessions s JOIN organisations o ON o.id = s.org_id
    WHERE s.org_id = ${orgId} AND s.group_id = ANY(${sql.param(groupIds)}::uuid[]) AND s.cancelled_at IS NULL AND s.starts_at < now()
    ORDER BY s.starts_at DESC`);
  return rows;
}

export async function lastSupervision(db: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({ groupId: supervisionRecords.groupId, facilitatorId: supervisionRecords.facilitatorId, metOn: sql<string>`to_char(max(${supervisionRecords.metOn}), 'YYYY-MM-DD')` })
    .from(supervisionRecords)
    .where(and(inArray(supervisionRecords.groupId, groupIds)))
    .groupBy(supervisionRecords.groupId, supervisionRecords.facilitatorId);
}
