import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import type { Role } from '#shared/contracts/common.ts';
import { seenName } from './roster-repo.ts';

export interface MemberFacts {
  id: string;
  name: string;
  roles: Role[];
  isSupporter: boolean;
}

/** These people as members of the organisation (name as it sees them, roles); absent when not a member. */
export async function membersAmong(
  db: Executor,
  orgId: string,
  personIds: string[],
): Promise<Map<string, MemberFacts>> {
  if (personIds.length === 0) return new Map();
  const { rows } = await db.execute<{ id: string; name: string; roles: Role[] }>(sql`
    SELECT m.person_id AS id, ${seenName('m', 'p')} AS name, m.roles
    FROM members m JOIN persons p ON p.id = m.person_id
    WHERE m.org_id = ${orgId} AND m.person_id = ANY(${sql.param(personIds)}::uuid[])`);
  return new Map(rows.map((r) => [r.id, { ...r, isSupporter: r.roles.includes('peer_supporter') }]));
}

/** What the organisation knows of one peer supporter, before the program's rules are applied to it. */
export interface SupporterFacts {
  personId: string;
  name: string;
  /** 'invited': never signed in, so nothing Kindred sends reaches them. */
  status: 'invited' | 'active';
  hasPhone: boolean;
  ownCap: number | null;
  breakUntil: string | null;
  supervisor: { id: string; name: string } | null;
  /** When they became a supporter here (their record, else their membership): supervision is due from then. */
  since: string;
  loadThisWeek: number;
  openRequests: number;
  lastSupervisionOn: string | null;
  /** The latest expiry of any training of theirs, current or not. */
  latestExpiry: string | null;
}

/** Everyone holding the peer supporter role (or just one of them), by name. */
export async function supporterFacts(
  db: Executor,
  { orgId, personId }: { orgId: string; personId?: string },
): Promise<SupporterFacts[]> {
  const { rows } = await db.execute<{
    person_id: string;
    name: string;
    status: 'invited' | 'active';
    has_phone: boolean;
    weekly_cap: number | null;
    break_until: string | null;
    supervisor_id: string | null;
    supervisor_name: string | null;
    since: string;
    load: number;
    open: number;
    last_supervision_on: string | null;
    latest_expiry: string | null;
  }>(sql`
    SELECT m.person_id, ${seenName('m', 'p')} AS name, m.status,
           coalesce(btrim(m.contact_phone), '') <> '' AS has_phone,
           ps.weekly_cap, ps.break_until, sm.person_id AS supervisor_id,
           CASE WHEN sm.person_id IS NOT NULL THEN ${seenName('sm', 'sp')} END AS supervisor_name,
           (coalesce(ps.created_at, m.joined_at) AT TIME ZONE o.time_zone)::date AS since,
           (SELECT count(*) FROM peer_requests r WHERE r.org_id = m.org_id AND r.claimed_by = m.person_id
              AND r.claimed_at > now() - interval '7 days')::int AS load,
           (SELECT count(*) FROM peer_requests r WHERE r.org_id = m.org_id AND r.claimed_by = m.person_id
              AND r.status = 'claimed')::int AS open,
           (SELECT max(held_on) FROM supporter_supervision v
              WHERE v.org_id = m.org_id AND v.person_id = m.person_id) AS last_supervision_on,
           (SELECT max(expires_on) FROM supporter_training t
              WHERE t.org_id = m.org_id AND t.person_id = m.person_id) AS latest_expiry
    FROM members m
    JOIN persons p ON p.id = m.person_id
    JOIN organisations o ON o.id = m.org_id
    LEFT JOIN peer_supporters ps ON ps.org_id = m.org_id AND ps.person_id = m.person_id
    LEFT JOIN members sm ON sm.org_id = m.org_id AND sm.person_id = ps.supervisor_id
    LEFT JOIN persons sp ON sp.id = sm.person_id
    WHERE m.org_id = ${orgId} AND 'peer_supporter' = ANY(m.roles)
      ${personId ? sql`AND m.person_id = ${personId}` : sql``}
    ORDER BY 2, m.person_id`);
  return rows.map((r) => ({
    personId: r.person_id,
    name: r.name,
    status: r.status,
    hasPhone: r.has_phone,
    ownCap: r.weekly_cap,
    breakUntil: r.break_until,
    supervisor: r.supervisor_id ? { id: r.supervisor_id, name: r.supervisor_name ?? '' } : null,
    since: r.since,
    loadThisWeek: r.load,
    openRequests: r.open,
    lastSupervisionOn: r.last_supervision_on,
    latestExpiry: r.latest_expiry,
  }));
}

/** Makes the supporter's own record with its defaults if they have none yet. */
export async function ensureSupporterRecord(db: Executor, { orgId, personId }: { orgId: string; personId: string }) {
  await db.execute(sql`
    INSERT INTO peer_supporters (org_id, person_id) VALUES (${orgId}, ${personId}) ON CONFLICT DO NOTHING`);
}

export async function saveBreak(
  db: Executor,
  { orgId, personId, until }: { orgId: string; personId: string; until: string | null },
) {
  await db.execute(sql`
    INSERT INTO peer_supporters (org_id, person_id, break_until) VALUES (${orgId}, ${personId}, ${until})
    ON CONFLICT (org_id, person_id) DO UPDATE SET break_until = excluded.break_until`);
}

export async function saveSettings(
  db: Executor,
  { orgId, personId }: { orgId: string; personId: string },
  settings: { weeklyCap: number | null; supervisorId: string | null },
) {
  await db.execute(sql`
    INSERT INTO peer_supporters (org_id, person_id, weekly_cap, supervisor_id)
    VALUES (${orgId}, ${personId}, ${settings.weeklyCap}, ${settings.supervisorId})
    ON CONFLICT (org_id, person_id)
    DO UPDATE SET weekly_cap = excluded.weekly_cap, supervisor_id = excluded.supervisor_id`);
}

// ─── Training ────────────────────────────────────────────────────────────────────────────────────────

export type TrainingRecord = {
  id: string;
  title: string;
  completedOn: string;
  expiresOn: string;
};

/** Training records of these supporters, latest expiry first. */
export async function trainingOf(db: Executor, orgId: string, personIds: string[]) {
  const result = new Map<string, TrainingRecord[]>(personIds.map((id) => [id, []]));
  if (personIds.length === 0) return result;
  const { rows } = await db.execute<TrainingRecord & { personId: string }>(sql`
    SELECT id, person_id AS "personId", title, completed_on AS "completedOn", expires_on AS "expiresOn"
    FROM supporter_training WHERE org_id = ${orgId} AND person_id = ANY(${sql.param(personIds)}::uuid[])
    ORDER BY expires_on DESC, completed_on DESC, id`);
  for (const { personId, ...record } of rows) result.get(personId)?.push(record);
  return result;
}

export async function insertTraining(
  db: Executor,
  { orgId, personId, recordedBy }: { orgId: string; personId: string; recordedBy: string },
  record: { title: string; completedOn: string; expiresOn: string },
): Promise<TrainingRecord> {
  const { rows } = await db.execute<TrainingRecord>(sql`
    INSERT INTO supporter_training (org_id, person_id, title, completed_on, expires_on, recorded_by)
    VALUES (${orgId}, ${personId}, ${record.title}, ${record.completedOn}, ${record.expiresOn}, ${recordedBy})
    RETURNING id, title, completed_on AS "completedOn", expires_on AS "expiresOn"`);
  return rows[0]!;
}

/** Deletes one training record of this supporter; false when they have none by that id. */
export async function deleteTraining(
  db: Executor,
  { orgId, personId, trainingId }: { orgId: string; personId: string; trainingId: string },
) {
  const { rows } = await db.execute(sql`
    DELETE FROM supporter_training WHERE org_id = ${orgId} AND person_id = ${personId} AND id = ${trainingId}
    RETURNING id`);
  return rows.length > 0;
}

// ─── Supervision ─────────────────────────────────────────────────────────────────────────────────────

export interface SupervisionRecord {
  id: string;
  heldOn: string;
  minutes: number;
  supervisor: { id: string; name: string } | null;
}

type SupervisionRow = { id: string; held_on: string; minutes: number; supervisor_id: string | null; name: string };
const toSupervision = (r: SupervisionRow): SupervisionRecord => ({
  id: r.id,
  heldOn: r.held_on,
  minutes: r.minutes,
  supervisor: r.supervisor_id ? { id: r.supervisor_id, name: r.name } : null,
});

/** A supporter's supervision sessions, latest first. */
export async function supervisionOf(db: Executor, { orgId, personId }: { orgId: string; personId: string }) {
  const { rows } = await db.execute<SupervisionRow>(sql`
    SELECT v.id, v.held_on, v.minutes, sm.person_id AS supervisor_id, ${seenName('sm', 'sp')} AS name
    FROM supporter_supervision v
    LEFT JOIN members sm ON sm.org_id = v.org_id AND sm.person_id = v.supervisor_id
    LEFT JOIN persons sp ON sp.id = sm.person_id
    WHERE v.org_id = ${orgId} AND v.person_id = ${personId}
    ORDER BY v.held_on DESC, v.created_at DESC`);
  return rows.map(toSupervision);
}

/** Records a session with the supporter's named supervisor as it stands (null when they have none). */
export async function insertSupervision(
  db: Executor,
  { orgId, personId }: { orgId: string; personId: string },
  session: { heldOn: string; minutes: number },
): Promise<SupervisionRecord> {
  const { rows } = await db.execute<SupervisionRow>(sql`
    WITH made AS (
      INSERT INTO supporter_supervision (org_id, person_id, supervisor_id, held_on, minutes)
      VALUES (${orgId}, ${personId},
              (SELECT supervisor_id FROM peer_supporters WHERE org_id = ${orgId} AND person_id = ${personId}),
              ${session.heldOn}, ${session.minutes})
      RETURNING id, org_id, supervisor_id, held_on, minutes
    )
    SELECT made.id, made.held_on, made.minutes, sm.person_id AS supervisor_id, ${seenName('sm', 'sp')} AS name
    FROM made
    LEFT JOIN members sm ON sm.org_id = made.org_id AND sm.person_id = made.supervisor_id
    LEFT JOIN persons sp ON sp.id = sm.person_id`);
  return toSupervision(rows[0]!);
}
