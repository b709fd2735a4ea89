import { sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import type { RequestTopic, Urgency } from '#shared/contracts/peer-support.ts';

/** A waiting request as routing needs it: where it stands and what the requester asked for. */
export interface RoutableRequest {
  id: string;
  orgId: string;
  step: number;
  /** False until its first step ran: then its current step is tried, not the next one. */
  routed: boolean;
  requesterId: string | null;
  requesterDepartmentId: string | null;
  requesterCareerStage: string | null;
  notMyDepartment: boolean;
  similarStage: boolean;
  topic: RequestTopic;
  urgency: Urgency;
}

/** Someone routing may offer a request to: a peer supporter, or the program's backup or lead. */
export interface RosterPerson {
  personId: string;
  isSupporter: boolean;
  departmentId: string | null;
  careerStage: string | null;
  trained: boolean;
  onBreak: boolean;
  onShift: boolean;
  /** Their own weekly cap; null: the program's default. */
  weeklyCap: number | null;
  /** Requests they claimed in the last 7 days. */
  load: number;
  /** Waiting requests offered to them now. */
  pendingOffers: number;
}

/**
 * Claims up to `limit` waiting requests never routed or whose step's time is up, across organisations, oldest
 * first. The rows stay locked until the transaction ends; SKIP LOCKED lets two runs of the job at once take
 * different requests, never the same one twice.
 */
export async function claimDueRequests(db: Executor, limit: number): Promise<RoutableRequest[]> {
  const { rows } = await db.execute<RequestRow>(sql`
    SELECT ${requestColumns}
    FROM peer_requests
    WHERE status = 'waiting' AND (routed_at IS NULL OR step_due_at <= now())
    ORDER BY created_at
    LIMIT ${limit}
    FOR UPDATE SKIP LOCKED`);
  return rows.map(toRequest);
}

/** One request as routing reads it (the one just opened, in the caller's transaction). */
export async function routableRequest(db: Executor, requestId: string): Promise<RoutableRequest> {
  const { rows } = await db.execute<RequestRow>(
    sql`SELECT ${requestColumns} FROM peer_requests WHERE id = ${requestId}`,
  );
  return toRequest(rows[0]!);
}

const requestColumns = sql.raw(`id, org_id, step, routed_at IS NOT NULL AS routed, requester_id,
  requester_department_id, requester_career_stage, not_my_department, similar_stage, topic, urgency`);

interface RequestRow extends Record<string, unknown> {
  id: string;
  org_id: string;
  step: number;
  routed: boolean;
  requester_id: string | null;
  requester_department_id: string | null;
  requester_career_stage: string | null;
  not_my_department: boolean;
  similar_stage: boolean;
  topic: RequestTopic;
  urgency: Urgency;
}

const toRequest = (r: RequestRow): RoutableRequest => ({
  id: r.id,
  orgId: r.org_id,
  step: r.step,
  routed: r.routed,
  requesterId: r.requester_id,
  requesterDepartmentId: r.requester_department_id,
  requesterCareerStage: r.requester_career_stage,
  notMyDepartment: r.not_my_department,
  similarStage: r.similar_stage,
  topic: r.topic,
  urgency: r.urgency,
});

/**
 * The organisation's active peer supporters, and these other people (the program's backup and lead) when they are
 * active members, with what routing weighs: training current and break by the organisation's today, a shift
 * running now, and their load this week. One query per organisation, however many requests are routed.
 */
export async function rosterOf(
  db: Executor,
  { orgId, alsoPersonIds }: { orgId: string; alsoPersonIds: string[] },
): Promise<RosterPerson[]> {
  const { rows } = await db.execute<{
    person_id: string;
    is_supporter: boolean;
    department_id: string | null;
    career_stage: string | null;
    trained: boolean;
    on_break: boolean;
    on_shift: boolean;
    weekly_cap: number | null;
    load: number;
    pending_offers: number;
  }>(sql`
    WITH today AS (SELECT (now() AT TIME ZONE time_zone)::date AS day FROM organisations WHERE id = ${orgId}),
    people AS (
      SELECT person_id, department_id, career_stage, 'peer_supporter' = ANY(roles) AS is_supporter
      FROM members
      WHERE org_id = ${orgId} AND status = 'active'
        AND ('peer_supporter' = ANY(roles) OR person_id = ANY(${sql.param(alsoPersonIds)}::uuid[]))
    ),
    trained AS (
      SELECT DISTINCT t.person_id FROM supporter_training t, today
      WHERE t.org_id = ${orgId} AND t.expires_on >= today.day
    ),
    on_shift AS (
      SELECT DISTINCT person_id FROM on_call_shifts
      WHERE org_id = ${orgId} AND starts_at <= now() AND ends_at > now() AND person_id IS NOT NULL
    ),
    load AS (
      SELECT claimed_by AS person_id, count(*)::int AS n FROM peer_requests
      WHERE org_id = ${orgId} AND claimed_by IS NOT NULL AND claimed_at > now() - interval '7 days'
      GROUP BY claimed_by
    ),
    pending AS (
      SELECT o.person_id, count(*)::int AS n
      FROM peer_request_offers o JOIN peer_requests r ON r.id = o.request_id AND r.status = 'waiting'
      WHERE o.org_id = ${orgId}
      GROUP BY o.person_id
    )
    SELECT p.person_id, p.is_supporter, p.department_id, p.career_stage,
           trained.person_id IS NOT NULL AS trained,
           coalesce(s.break_until >= today.day, false) AS on_break,
           on_shift.person_id IS NOT NULL AS on_shift,
           s.weekly_cap, coalesce(load.n, 0) AS load, coalesce(pending.n, 0) AS pending_offers
    FROM people p
    CROSS JOIN today
    LEFT JOIN peer_supporters s ON s.org_id = ${orgId} AND s.person_id = p.person_id
    LEFT JOIN trained ON trained.person_id = p.person_id
    LEFT JOIN on_shift ON on_shift.person_id = p.person_id
    LEFT JOIN load ON load.person_id = p.person_id
    LEFT JOIN pending ON pending.person_id = p.person_id
    ORDER BY p.person_id`);
  return rows.map((r) => ({
    personId: r.person_id,
    isSupporter: r.is_supporter,
    departmentId: r.department_id,
    careerStage: r.career_stage,
    trained: r.trained,
    onBreak: r.on_break,
    onShift: r.on_shift,
    weeklyCap: r.weekly_cap,
    load: r.load,
    pendingOffers: r.pending_offers,
  }));
}

/** Who each of these requests was already offered to: a later step goes to other people. */
export async function offeredSoFar(db: Executor, requestIds: string[]): Promise<Map<string, Set<string>>> {
  const offered = new Map<string, Set<string>>(requestIds.map((id) => [id, new Set()]));
  if (requestIds.length === 0) return offered;
  const { rows } = await db.execute<{ request_id: string; person_id: string }>(
    sql`SELECT request_id, person_id FROM peer_request_offers WHERE request_id = ANY(${sql.param(requestIds)}::uuid[])`,
  );
  for (const r of rows) offered.get(r.request_id)!.add(r.person_id);
  return offered;
}

/** A request's next step as routing chose it. */
export interface StepMove {
  requestId: string;
  fromStep: number;
  toStep: number;
  /** Minutes until this step gives up; null at the last step (nobody left), which never times out. */
  dueInMinutes: number | null;
}

/**
 * Moves requests to their chosen step, each only if it still stands where routing read it (same step, still
 * waiting, still due): a second run of the job that read the same rows moves none of them again. Every step past
 * the first counts as a re-route. Answers the ids moved.
 */
export async function moveToSteps(db: Executor, moves: StepMove[]): Promise<Set<string>> {
  if (moves.length === 0) return new Set();
  const { rows } = await db.execute<{ id: string }>(sql`
    UPDATE peer_requests r
    SET step = v.to_step,
        step_due_at = CASE WHEN v.due_minutes IS NULL THEN NULL ELSE now() + make_interval(mins => v.due_minutes) END,
        routed_at = coalesce(r.routed_at, now()),
        reroutes = r.reroutes + (v.to_step - v.from_step)
    FROM unnest(
      ${sql.param(moves.map((m) => m.requestId))}::uuid[],
      ${sql.param(moves.map((m) => m.fromStep))}::int[],
      ${sql.param(moves.map((m) => m.toStep))}::int[],
      ${sql.param(moves.map((m) => m.dueInMinutes))}::int[]
    ) AS v(id, from_step, to_step, due_minutes)
    WHERE r.id = v.id AND r.step = v.from_step AND r.status = 'waiting'
      AND (r.routed_at IS NULL OR r.step_due_at <= now())
    RETURNING r.id`);
  return new Set(rows.map((r) => r.id));
}

/** Records who each request is now offered to (at which step), in one statement; routing never offers twice. */
export async function insertOffers(
  db: Executor,
  offers: { orgId: string; requestId: string; personId: string; step: number }[],
): Promise<void> {
  if (offers.length === 0) return;
  await db.execute(sql`
    INSERT INTO peer_request_offers (org_id, request_id, person_id, step)
    SELECT * FROM unnest(
      ${sql.param(offers.map((o) => o.orgId))}::uuid[],
      ${sql.param(offers.map((o) => o.requestId))}::uuid[],
      ${sql.param(offers.map((o) => o.personId))}::uuid[],
      ${sql.param(offers.map((o) => o.step))}::int[]
    )`);
}
