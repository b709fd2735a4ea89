import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import type { RosterSlot, Shift } from '#shared/contracts/peer-support.ts';

/** The name the organisation sees of member `m` (person `p`): the invited name until they join (people's rule). */
export const seenName = (m: string, p: string) =>
  sql.raw(`case when ${m}.status = 'active' then ${p}.name
    else coalesce(${m}.invited_name, split_part(lower(${p}.email), '@', 1)) end`);

/**
 * A shift whose supporter is not really on it: they no longer hold the peer supporter role, or they are on a break
 * that reaches the shift's day (in the organisation's zone). Such a shift is shown, routed and offered as empty; its
 * row keeps the person, so it is theirs again if the break ends early.
 */
const supporterOff = sql.raw(`(sh.person_id IS NOT NULL AND (
  NOT EXISTS (SELECT 1 FROM members m_on WHERE m_on.org_id = sh.org_id AND m_on.person_id = sh.person_id
              AND 'peer_supporter' = ANY(m_on.roles))
  OR EXISTS (SELECT 1 FROM peer_supporters ps_on JOIN organisations o_on ON o_on.id = ps_on.org_id
             WHERE ps_on.org_id = sh.org_id AND ps_on.person_id = sh.person_id
               AND ps_on.break_until >= (sh.starts_at AT TIME ZONE o_on.time_zone)::date)))`);

/** A shift someone should take: nobody on it, its supporter off, or its supporter asking for cover. */
const needsSomeone = sql`(sh.person_id IS NULL OR sh.cover_wanted OR ${supporterOff})`;

type ShiftRow = {
  id: string;
  slot_id: string;
  starts_at: Date | string;
  ends_at: Date | string;
  cover_wanted: boolean;
  person_id: string | null;
  name: string | null;
};
const toShift = (r: ShiftRow): Shift => ({
  id: r.id,
  slotId: r.slot_id,
  startsAt: new Date(r.starts_at).toISOString(),
  endsAt: new Date(r.ends_at).toISOString(),
  supporter: r.person_id ? { id: r.person_id, name: r.name ?? '' } : null,
  coverWanted: r.cover_wanted,
});

export type ShiftFilter = 'all' | 'needs_someone' | { personId: string } | { needsSomeoneExcept: string };

const filterOf = (filter: ShiftFilter): SQL => {
  if (filter === 'all') return sql`TRUE`;
  if (filter === 'needs_someone') return needsSomeone;
  if ('personId' in filter) return sql`sh.person_id = ${filter.personId} AND NOT ${supporterOff}`;
  return sql`${needsSomeone} AND sh.person_id IS DISTINCT FROM ${filter.needsSomeoneExcept} AND sh.starts_at > now()`;
};

async function selectShifts(db: Executor, orgId: string, where: SQL): Promise<Shift[]> {
  const { rows } = await db.execute<ShiftRow>(sql`
    SELECT sh.id, sh.slot_id, sh.starts_at, sh.ends_at, sh.cover_wanted,
           CASE WHEN ${supporterOff} THEN NULL ELSE sh.person_id END AS person_id,
           CASE WHEN ${supporterOff} THEN NULL ELSE ${seenName('m', 'p')} END AS name
    FROM on_call_shifts sh
    LEFT JOIN members m ON m.org_id = sh.org_id AND m.person_id = sh.person_id
    LEFT JOIN persons p ON p.id = sh.person_id
    WHERE sh.org_id = ${orgId} AND ${where}
    ORDER BY sh.starts_at, sh.id`);
  return rows.map(toShift);
}

/** Shifts of the organisation not over by `from` and starting before `to`, in order, as people see them. */
export function shiftsBetween(
  db: Executor,
  { orgId, from, to, filter = 'all' }: { orgId: string; from: Date; to: Date; filter?: ShiftFilter },
): Promise<Shift[]> {
  return selectShifts(
    db,
    orgId,
    sql`sh.ends_at > ${from.toISOString()}::timestamptz AND sh.starts_at < ${to.toISOString()}::timestamptz
      AND ${filterOf(filter)}`,
  );
}

/** One shift as people see it, or null when the organisation has none by that id. */
export async function shiftById(db: Executor, { orgId, shiftId }: { orgId: string; shiftId: string }) {
  const [shift] = await selectShifts(db, orgId, sql`sh.id = ${shiftId}`);
  return shift ?? null;
}

/** One shift with its real (not effective) supporter, or null when the organisation has none by that id. */
export async function findShift(db: Executor, { orgId, shiftId }: { orgId: string; shiftId: string }) {
  const { rows } = await db.execute<{ person_id: string | null; starts_at: Date | string; ends_at: Date | string }>(
    sql`SELECT person_id, starts_at, ends_at FROM on_call_shifts WHERE org_id = ${orgId} AND id = ${shiftId}`,
  );
  const row = rows[0];
  return row ? { personId: row.person_id, startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) } : null;
}

// ─── Slots ───────────────────────────────────────────────────────────────────────────────────────────

type SlotRow = {
  id: string;
  weekday: number;
  start_time: string;
  end_time: string;
  person_id: string | null;
  name: string | null;
};

export interface SlotValues {
  weekday: number;
  startTime: string;
  endTime: string;
  personId: string | null;
}

export async function listSlots(
  db: Executor,
  { orgId, slotId }: { orgId: string; slotId?: string },
): Promise<RosterSlot[]> {
  const { rows } = await db.execute<SlotRow>(sql`
    SELECT s.id, s.weekday, s.start_time, s.end_time, s.person_id, ${seenName('m', 'p')} AS name
    FROM roster_slots s
    LEFT JOIN members m ON m.org_id = s.org_id AND m.person_id = s.person_id
    LEFT JOIN persons p ON p.id = s.person_id
    WHERE s.org_id = ${orgId} ${slotId ? sql`AND s.id = ${slotId}` : sql``}
    ORDER BY s.weekday, s.start_time, s.id`);
  return rows.map((r) => ({
    id: r.id,
    weekday: r.weekday,
    startTime: r.start_time,
    endTime: r.end_time,
    supporter: r.person_id ? { id: r.person_id, name: r.name ?? '' } : null,
  }));
}

export async function insertSlot(db: Executor, orgId: string, values: SlotValues): Promise<string> {
  const { rows } = await db.execute<{ id: string }>(sql`
    INSERT INTO roster_slots (org_id, weekday, start_time, end_time, person_id)
    VALUES (${orgId}, ${values.weekday}, ${values.startTime}, ${values.endTime}, ${values.personId})
    RETURNING id`);
  return rows[0]!.id;
}

/** Updates the slot; false when the organisation has none by that id. */
export async function updateSlot(
  db: Executor,
  { orgId, slotId }: { orgId: string; slotId: string },
  values: SlotValues,
): Promise<boolean> {
  const { rows } = await db.execute(sql`
    UPDATE roster_slots SET weekday = ${values.weekday}, start_time = ${values.startTime},
      end_time = ${values.endTime}, person_id = ${values.personId}
    WHERE org_id = ${orgId} AND id = ${slotId} RETURNING id`);
  return rows.length > 0;
}

/** Deletes the slot and, with it, its shifts. */
export async function deleteSlot(db: Executor, { orgId, slotId }: { orgId: string; slotId: string }) {
  const { rows } = await db.execute(
    sql`DELETE FROM roster_slots WHERE org_id = ${orgId} AND id = ${slotId} RETURNING id`,
  );
  return rows.length > 0;
}

/**
 * Forgets the slot's shifts not over yet that nobody chose for that one date, so the next materialising makes
 * them again from the slot as it now is (its new supporter or times). A shift covered or swapped stays.
 */
export async function dropUnchangedShifts(db: Executor, { orgId, slotId }: { orgId: string; slotId: string }) {
  await db.execute(sql`
    DELETE FROM on_call_shifts
    WHERE org_id = ${orgId} AND slot_id = ${slotId} AND changed_at IS NULL AND ends_at > now()`);
}

/** How far ahead dated shifts are kept made. */
export const SHIFT_HORIZON_DAYS = 28;

/**
 * Makes every slot's dated shifts of the next 28 days that are not there yet (the unique slot and start make it
 * safe to run any number of times). The wall-clock times are read in the organisation's time zone by PostgreSQL, as
 * group sessions are, so a shift keeps its local hours across a daylight saving change (the night of the change is an
 * hour shorter or longer); a slot whose end is not after its start ends the next day. Yesterday is included for a
 * night shift still running. `asOf` counts from another moment than now (for tests of a daylight saving change).
 */
export async function materialise(db: Executor, only: { slotId?: string; asOf?: Date } = {}): Promise<number> {
  const now = only.asOf ? sql`${only.asOf.toISOString()}::timestamptz` : sql`now()`;
  const { rows } = await db.execute(sql`
    INSERT INTO on_call_shifts (org_id, slot_id, starts_at, ends_at, person_id)
    SELECT org_id, slot_id, starts_at, ends_at, person_id FROM (
      SELECT s.org_id, s.id AS slot_id, s.person_id,
             (d.day + s.start_time::time) AT TIME ZONE o.time_zone AS starts_at,
             (d.day + (s.end_time <= s.start_time)::int + s.end_time::time) AT TIME ZONE o.time_zone AS ends_at
      FROM roster_slots s
      JOIN organisations o ON o.id = s.org_id
      CROSS JOIN LATERAL (
        SELECT (${now} AT TIME ZONE o.time_zone)::date - 1 + n AS day FROM generate_series(0, ${SHIFT_HORIZON_DAYS}) n
      ) d
      WHERE extract(isodow FROM d.day) = s.weekday + 1 ${only.slotId ? sql`AND s.id = ${only.slotId}` : sql``}
    ) made
    WHERE ends_at > ${now}
    ON CONFLICT (slot_id, starts_at) DO NOTHING
    RETURNING id`);
  return rows.length;
}

// ─── Changing who is on a shift ──────────────────────────────────────────────────────────────────────

/** The lead puts someone (or nobody) on one shift, for that date alone. False when it is over or not theirs. */
export async function assignShift(
  db: Executor,
  { orgId, shiftId, personId }: { orgId: string; shiftId: string; personId: string | null },
): Promise<boolean> {
  const { rows } = await db.execute(sql`
    UPDATE on_call_shifts SET person_id = ${personId}, changed_at = now(), cover_wanted = FALSE,
      reminder_sent_at = CASE WHEN person_id IS NOT DISTINCT FROM ${personId} THEN reminder_sent_at END
    WHERE org_id = ${orgId} AND id = ${shiftId} AND ends_at > now() RETURNING id`);
  return rows.length > 0;
}

/** The shift's own supporter asks for cover (or no longer does), before it starts. */
export async function markCoverWanted(
  db: Executor,
  { orgId, shiftId, personId, wanted }: { orgId: string; shiftId: string; personId: string; wanted: boolean },
): Promise<boolean> {
  const { rows } = await db.execute(sql`
    UPDATE on_call_shifts SET cover_wanted = ${wanted}
    WHERE org_id = ${orgId} AND id = ${shiftId} AND person_id = ${personId} AND starts_at > now() RETURNING id`);
  return rows.length > 0;
}

/**
 * A supporter takes a shift that needs someone, before it starts. One conditional UPDATE: of two people taking it at
 * once, the second finds it no longer needing anyone once the first commits, so exactly one gets it. Answers who was
 * on it before (null when nobody was), or undefined when it could not be taken.
 */
export async function takeShift(
  db: Executor,
  { orgId, shiftId, personId }: { orgId: string; shiftId: string; personId: string },
): Promise<{ previousPersonId: string | null } | undefined> {
  const { rows } = await db.execute<{ previous: string | null }>(sql`
    UPDATE on_call_shifts sh SET person_id = ${personId}, cover_wanted = FALSE, changed_at = now(),
      reminder_sent_at = NULL
    FROM (SELECT id, person_id AS previous FROM on_call_shifts WHERE org_id = ${orgId} AND id = ${shiftId}) old
    WHERE sh.id = old.id AND sh.org_id = ${orgId} AND sh.starts_at > now()
      AND sh.person_id IS DISTINCT FROM ${personId} AND ${needsSomeone}
    RETURNING old.previous`);
  return rows[0] ? { previousPersonId: rows[0].previous } : undefined;
}

// ─── Reminders ───────────────────────────────────────────────────────────────────────────────────────

export interface DueShiftReminder {
  orgId: string;
  timeZone: string;
  personId: string;
  name: string;
  email: string;
  startsAt: Date;
  endsAt: Date;
}

/**
 * Marks as reminded every shift starting within its program's reminder time whose supporter is on it, and answers
 * them: the mark and the reminders are one transaction in the caller, so each supporter is told once per shift.
 */
export async function claimDueReminders(db: Executor): Promise<DueShiftReminder[]> {
  const { rows } = await db.execute<{
    org_id: string;
    time_zone: string;
    person_id: string;
    name: string;
    email: string;
    starts_at: Date | string;
    ends_at: Date | string;
  }>(sql`
    WITH due AS (
      SELECT sh.id FROM on_call_shifts sh
      LEFT JOIN peer_support_programs pr ON pr.org_id = sh.org_id
      WHERE sh.reminder_sent_at IS NULL AND sh.person_id IS NOT NULL AND sh.starts_at > now()
        AND sh.starts_at <= now() + make_interval(hours => coalesce(pr.shift_reminder_hours, 12))
        AND NOT ${supporterOff}
      FOR UPDATE OF sh SKIP LOCKED
    )
    UPDATE on_call_shifts sh SET reminder_sent_at = now()
    FROM due, organisations o, persons p
    WHERE sh.id = due.id AND o.id = sh.org_id AND p.id = sh.person_id
    RETURNING sh.org_id, o.time_zone, sh.person_id, p.name, p.email, sh.starts_at, sh.ends_at`);
  return rows.map((r) => ({
    orgId: r.org_id,
    timeZone: r.time_zone,
    personId: r.person_id,
    name: r.name,
    email: r.email,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
  }));
}
