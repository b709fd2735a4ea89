import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { prepared } from '#db/prepared.ts';
import type { Executor } from '#db/client.ts';
import { groupSessions, sessionRsvps } from '#db/schema/index.ts';

/** One meeting of a group. Its id is its calendar UID; `sequence` counts its changes. */
export interface Session {
  id: string;
  orgId: string;
  groupId: string;
  series: number;
  number: number;
  startsAt: Date;
  durationMinutes: number;
  locationKind: 'video' | 'room';
  locationDetail: string;
  sequence: number;
  cancelledAt: Date | null;
  /** When its survey went out, if it has. */
  surveySentAt: Date | null;
}

const sessionColumns = {
  id: groupSessions.id,
  orgId: groupSessions.orgId,
  groupId: groupSessions.groupId,
  series: groupSessions.series,
  number: groupSessions.number,
  startsAt: groupSessions.startsAt,
  durationMinutes: groupSessions.durationMinutes,
  locationKind: groupSessions.locationKind,
  locationDetail: groupSessions.locationDetail,
  sequence: groupSessions.sequence,
  cancelledAt: groupSessions.cancelledAt,
  surveySentAt: groupSessions.surveySentAt,
};

/** Where and when a session of the group's current schedule falls. */
export interface SessionSlot {
  series: number;
  number: number;
  startsAt: Date;
  durationMinutes: number;
  locationKind: 'video' | 'room';
  locationDetail: string;
}

/** A session to remind its people of, with what the reminder says. */
export interface DueReminder {
  id: string;
  orgId: string;
  groupId: string;
  groupName: string;
  timeZone: string;
  startsAt: Date;
  durationMinutes: number;
  locationDetail: string;
  sequence: number;
}

/** A person's answer to "will you come?", and whether the register says they came. */
export interface Rsvp {
  sessionId: string;
  personId: string;
  response: 'yes' | 'no' | null;
  attended: boolean;
}

/** Sessions are kept materialised this far ahead; the scheduled job extends them as time passes. */
export const HORIZON_DAYS = 84;

/**
 * The group's coming slots under its current schedule: the n-th falls `n × cadence` days after the
 * first session, at the start time in the organisation's time zone (so daylight saving is honoured).
 */
const slots = (groupId: string) => sql`
  SELECT g.org_id, g.id AS group_id, g.series, n AS number,
         ((g.first_session_on + n * g.cadence_days) + g.start_time::time) AT TIME ZONE o.time_zone AS starts_at,
         g.duration_minutes, g.location_kind, g.location_detail
  FROM support_groups g
  JOIN organisations o ON o.id = g.org_id
  CROSS JOIN LATERAL generate_series(
    greatest(0, ((now() AT TIME ZONE o.time_zone)::date - g.first_session_on) / g.cadence_days),
    greatest(0, ((now() AT TIME ZONE o.time_zone)::date - g.first_session_on) / g.cadence_days)
      + ${HORIZON_DAYS}::int / g.cadence_days + 1
  ) AS n
  WHERE g.id = ${groupId}
    AND ((g.first_session_on + n * g.cadence_days) + g.start_time::time) AT TIME ZONE o.time_zone > now()
    AND g.first_session_on + n * g.cadence_days <= (now() AT TIME ZONE o.time_zone)::date + ${HORIZON_DAYS}::int
    AND (g.closes_on IS NULL OR g.first_session_on + n * g.cadence_days <= g.closes_on)`;

/** Creates the sessions of the horizon not there yet; safe to run any number of times. */
export async function ensureSessions(db: Executor, groupId: string): Promise<number> {
  const { rows } = await db.execute(sql`
    INSERT INTO group_sessions
      (org_id, group_id, series, number, starts_at, duration_minutes, location_kind, location_detail)
    ${slots(groupId)}
    ON CONFLICT (group_id, series, number) DO NOTHING
    RETURNING id`);
  return rows.length;
}

/** The slots of the group's current schedule still to come, in order. */
export async function comingSlots(db: Executor, groupId: string): Promise<SessionSlot[]> {
  const { rows } = await db.execute<{
    series: number;
    number: number;
    starts_at: Date | string;
    duration_minutes: number;
    location_kind: 'video' | 'room';
    location_detail: string;
  }>(sql`${slots(groupId)} ORDER BY n`);
  return rows.map((r) => ({
    series: r.series,
    number: r.number,
    startsAt: new Date(r.starts_at),
    durationMinutes: r.duration_minutes,
    locationKind: r.location_kind,
    locationDetail: r.location_detail,
  }));
}

/** Groups still running, whose horizon the scheduled job keeps filled. */
export async function openGroupIds(db: Executor) {
  const { rows } = await db.execute<{ id: string }>(sql`
    SELECT g.id FROM support_groups g JOIN organisations o ON o.id = g.org_id
    WHERE g.closes_on IS NULL OR g.closes_on >= (now() AT TIME ZONE o.time_zone)::date`);
  return rows.map((r) => r.id);
}

export const sessionsOf = (db: Executor, groupId: string): Promise<Session[]> =>
  db
    .select(sessionColumns)
    .from(groupSessions)
    .where(eq(groupSessions.groupId, groupId))
    .orderBy(asc(groupSessions.startsAt));

/** The sessions of these groups that start after `since`, earliest first, each with the person's own answer. */
const sessionsWithRsvp = prepared((db) =>
  db
    .select({ session: sessionColumns, myRsvp: sessionRsvps.response })
    .from(groupSessions)
    .leftJoin(
      sessionRsvps,
      and(eq(sessionRsvps.sessionId, groupSessions.id), eq(sessionRsvps.personId, sql.placeholder('personId'))),
    )
    .where(
      and(
        sql`${groupSessions.groupId} = any(${sql.placeholder('groupIds')}::uuid[])`,
        gt(groupSessions.startsAt, sql.placeholder('since')),
      ),
    )
    .orderBy(asc(groupSessions.startsAt))
    .prepare('sessions_with_rsvp'),
);

/** The sessions of these groups that start after `since`, each with the person's own answer. */
export async function sessionsSince(
  db: Executor,
  query: { groupIds: string[]; since: Date; personId: string },
): Promise<{ session: Session; myRsvp: 'yes' | 'no' | null }[]> {
  if (query.groupIds.length === 0) return [];
  return sessionsWithRsvp(db).execute({ ...query, since: query.since.toISOString() });
}

export const futureSessions = (db: Executor, groupId: string): Promise<Session[]> =>
  db
    .select(sessionColumns)
    .from(groupSessions)
    .where(
      and(
        eq(groupSessions.groupId, groupId),
        gt(groupSessions.startsAt, sql`now()`),
        isNull(groupSessions.cancelledAt),
      ),
    )
    .orderBy(asc(groupSessions.startsAt));

export async function findSession(
  db: Executor,
  { orgId, groupId, sessionId }: { orgId: string; groupId: string; sessionId: string },
): Promise<Session | null> {
  const [row] = await db
    .select(sessionColumns)
    .from(groupSessions)
    .where(and(eq(groupSessions.orgId, orgId), eq(groupSessions.groupId, groupId), eq(groupSessions.id, sessionId)));
  return row ?? null;
}

export async function lockSession(db: Executor, sessionId: string) {
  await db.select({ id: groupSessions.id }).from(groupSessions).where(eq(groupSessions.id, sessionId)).for('update');
}

/** Moves or changes a session; its calendar sequence goes up so invites already sent are updated. */
export async function changeSession(
  db: Executor,
  sessionId: string,
  values: Partial<Omit<SessionSlot, 'startsAt'>> & { startsAt?: Date | undefined; cancelled?: boolean | undefined },
): Promise<Session> {
  const { cancelled, ...rest } = values;
  const [row] = await db
    .update(groupSessions)
    .set({
      ...rest,
      ...(cancelled === undefined
        ? {}
        : { cancelledAt: cancelled ? sql`coalesce(${groupSessions.cancelledAt}, now())` : null }),
      sequence: sql`${groupSessions.sequence} + 1`,
      // A moved session deserves its reminder again.
      ...(values.startsAt ? { reminderSentAt: null } : {}),
    })
    .where(eq(groupSessions.id, sessionId))
    .returning(sessionColumns);
  return row!;
}

export async function rsvpsOf(db: Executor, sessionIds: string[]): Promise<Rsvp[]> {
  if (sessionIds.length === 0) return [];
  return db
    .select({
      sessionId: sessionRsvps.sessionId,
      personId: sessionRsvps.personId,
      response: sessionRsvps.response,
      attended: sessionRsvps.attended,
    })
    .from(sessionRsvps)
    .where(inArray(sessionRsvps.sessionId, sessionIds));
}

export async function saveRsvp(
  db: Executor,
  rsvp: { orgId: string; sessionId: string; personId: string; response: 'yes' | 'no' },
) {
  const { response } = rsvp;
  await db
    .insert(sessionRsvps)
    .values(rsvp)
    .onConflictDoUpdate({
      target: [sessionRsvps.sessionId, sessionRsvps.personId],
      set: { response, updatedAt: sql`now()` },
    });
}

/** The facilitator's register: exactly these people came. From now on it decides who came, not the RSVPs. */
export async function saveAttendance(
  db: Executor,
  { orgId, sessionId, personIds }: { orgId: string; sessionId: string; personIds: string[] },
) {
  await db
    .update(groupSessions)
    .set({ registerTakenAt: sql`now()` })
    .where(eq(groupSessions.id, sessionId));
  await db
    .update(sessionRsvps)
    .set({ attended: false, updatedAt: sql`now()` })
    .where(eq(sessionRsvps.sessionId, sessionId));
  if (personIds.length === 0) return;
  await db
    .insert(sessionRsvps)
    .values(personIds.map((personId) => ({ orgId, sessionId, personId, attended: true })))
    .onConflictDoUpdate({
      target: [sessionRsvps.sessionId, sessionRsvps.personId],
      set: { attended: true, updatedAt: sql`now()` },
    });
}

/** Someone who leaves a group is no longer expected at its coming sessions. */
export async function dropFutureRsvps(db: Executor, groupId: string, personId: string) {
  await db.execute(sql`
    DELETE FROM session_rsvps r USING group_sessions s
    WHERE s.id = r.session_id AND s.group_id = ${groupId} AND s.starts_at > now() AND r.person_id = ${personId}`);
}

/** Sessions starting within the hours ahead whose reminder has not gone out, locked so it goes out once. */
export async function claimDueReminders(db: Executor, hoursAhead: number): Promise<DueReminder[]> {
  const { rows } = await db.execute<{
    id: string;
    org_id: string;
    group_id: string;
    group_name: string;
    time_zone: string;
    starts_at: string;
    duration_minutes: number;
    location_detail: string;
    sequence: number;
  }>(sql`
    SELECT s.id, s.org_id, s.group_id, g.name AS group_name, o.time_zone, s.starts_at, s.duration_minutes,
           s.location_detail, s.sequence
    FROM group_sessions s
    JOIN support_groups g ON g.id = s.group_id
    JOIN organisations o ON o.id = s.org_id
    WHERE s.cancelled_at IS NULL AND s.reminder_sent_at IS NULL
      AND s.starts_at > now() AND s.starts_at <= now() + make_interval(hours => ${hoursAhead})
    ORDER BY s.starts_at
    LIMIT 200
    FOR UPDATE OF s SKIP LOCKED`);
  return rows.map((r) => ({
    id: r.id,
    orgId: r.org_id,
    groupId: r.group_id,
    groupName: r.group_name,
    timeZone: r.time_zone,
    startsAt: new Date(r.starts_at),
    durationMinutes: r.duration_minutes,
    locationDetail: r.location_detail,
    sequence: r.sequence,
  }));
}

export async function markReminded(db: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return;
  await db
    .update(groupSessions)
    .set({ reminderSentAt: sql`now()` })
    .where(inArray(groupSessions.id, sessionIds));
}

/** Carries an unchanged session over to the group's new series, without touching its invite. */
export async function renumberSession(db: Executor, sessionId: string, series: number, number: number) {
  await db.update(groupSessions).set({ series, number }).where(eq(groupSessions.id, sessionId));
}
