import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { persons, sessionLogs, supervisionRecords } from '#db/schema/index.ts';
import { alias } from 'drizzle-orm/pg-core';
import type { SessionTheme } from '#shared/contracts/groups.ts';

/** What a facilitator logged of a session: nothing that names anyone. */
export interface SessionLog {
  sessionId: string;
  attendanceCount: number;
  themes: SessionTheme[];
  signpostingGiven: boolean;
  escalationNeeded: boolean;
  loggedAt: Date;
}

const logColumns = {
  sessionId: sessionLogs.sessionId,
  attendanceCount: sessionLogs.attendanceCount,
  themes: sessionLogs.themes,
  signpostingGiven: sessionLogs.signpostingGiven,
  escalationNeeded: sessionLogs.escalationNeeded,
  loggedAt: sessionLogs.loggedAt,
};

// Themes are written only from the list (the contract's enum); the column is plain text.
const logOf = (row: Omit<SessionLog, 'themes'> & { themes: string[] }): SessionLog => ({
  ...row,
  themes: row.themes as SessionTheme[],
});

export async function logsOf(db: Executor, sessionIds: string[]): Promise<SessionLog[]> {
  if (sessionIds.length === 0) return [];
  const rows = await db.select(logColumns).from(sessionLogs).where(inArray(sessionLogs.sessionId, sessionIds));
  return rows.map(logOf);
}

export async function saveLog(
  db: Executor,
  values: Omit<SessionLog, 'loggedAt'> & { orgId: string; groupId: string; loggedBy: string },
): Promise<SessionLog> {
  const { orgId: _o, groupId: _g, sessionId: _s, ...change } = values;
  const [row] = await db
    .insert(sessionLogs)
    .values(values)
    .onConflictDoUpdate({ target: sessionLogs.sessionId, set: { ...change, loggedAt: sql`now()` } })
    .returning(logColumns);
  return logOf(row!);
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

export async function insertSupervision(
  db: Executor,
  values: {
    orgId: string;
    groupId: string;
    facilitatorId: string;
    supervisorId: string | null;
    sessionId: string | null;
    metOn: string;
  },
) {
  const [row] = await db.insert(supervisionRecords).values(values).returning({ id: supervisionRecords.id });
  return row!.id;
}

/** A logged session: its group, the day it met, its head count, and whether it needed escalation. */
export interface LoggedAttendance {
  groupId: string;
  sessionOn: string;
  count: number;
  escalation: boolean;
}

/** Per group of a program: sessions held (logged), their date and head count, and escalations. */
export async function attendanceOf(db: Executor, orgId: string, groupIds: string[]): Promise<LoggedAttendance[]> {
  if (groupIds.length === 0) return [];
  const { rows } = await db.execute<LoggedAttendance & Record<string, unknown>>(sql`
    SELECT l.group_id AS "groupId", to_char(s.starts_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS "sessionOn",
           l.attendance_count AS count, l.escalation_needed AS escalation
    FROM session_logs l
    JOIN group_sessions s ON s.id = l.session_id
    JOIN organisations o ON o.id = l.org_id
    WHERE l.org_id = ${orgId} AND l.group_id = ANY(${sql.param(groupIds)}::uuid[])
    ORDER BY s.starts_at`);
  return rows;
}

/** The date of each group's sessions that have taken place (not cancelled), newest first. */
export async function heldSessionDates(
  db: Executor,
  orgId: string,
  groupIds: string[],
): Promise<{ groupId: string; sessionOn: string }[]> {
  if (groupIds.length === 0) return [];
  const { rows } = await db.execute<{ groupId: string; sessionOn: string }>(sql`
    SELECT s.group_id AS "groupId", to_char(s.starts_at AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS "sessionOn"
    FROM group_sessions s JOIN organisations o ON o.id = s.org_id
    WHERE s.org_id = ${orgId} AND s.group_id = ANY(${sql.param(groupIds)}::uuid[])
      AND s.cancelled_at IS NULL AND s.starts_at < now()
    ORDER BY s.starts_at DESC`);
  return rows;
}

export async function lastSupervision(db: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      groupId: supervisionRecords.groupId,
      facilitatorId: supervisionRecords.facilitatorId,
      metOn: sql<string>`to_char(max(${supervisionRecords.metOn}), 'YYYY-MM-DD')`,
    })
    .from(supervisionRecords)
    .where(and(inArray(supervisionRecords.groupId, groupIds)))
    .groupBy(supervisionRecords.groupId, supervisionRecords.facilitatorId);
}
