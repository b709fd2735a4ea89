import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { debriefInvitees, departments, members, persons, teamDebriefs } from '#db/schema/index.ts';
import type { Role } from '#shared/contracts/common.ts';

export type DebriefStatus = 'requested' | 'scheduled' | 'held' | 'cancelled';
export type DebriefResponse = 'coming' | 'not_coming';

/** A team debrief with what its views need: names of its department and supporters, how many invited and came. */
export interface DebriefRecord {
  id: string;
  requestedBy: string | null;
  eventOn: string;
  departmentId: string | null;
  department: string | null;
  status: DebriefStatus;
  startsAt: Date | null;
  place: string | null;
  supporters: { id: string; name: string }[];
  invited: number;
  came: number;
  createdAt: Date;
}

export interface Invitee {
  debriefId: string;
  personId: string;
  name: string;
  response: DebriefResponse | null;
  attended: boolean;
  invitedAt: Date | null;
}

type DebriefRow = Omit<DebriefRecord, 'supporters'> & {
  supporterAId: string | null;
  supporterAName: string | null;
  supporterBId: string | null;
  supporterBName: string | null;
};

/** Which debriefs of the organisation: all, one, those someone asked for, or those someone supports. */
export type DebriefFilter = { all: true } | { id: string } | { requestedBy: string } | { supporter: string };

function filterSql(filter: DebriefFilter) {
  if ('id' in filter) return sql`d.id = ${filter.id}`;
  if ('requestedBy' in filter) return sql`d.requested_by = ${filter.requestedBy}`;
  if ('supporter' in filter) return sql`${filter.supporter} IN (d.supporter_a_id, d.supporter_b_id)`;
  return sql`true`;
}

export async function findDebriefs(db: Executor, orgId: string, filter: DebriefFilter): Promise<DebriefRecord[]> {
  const { rows } = await db.execute<DebriefRow & Record<string, unknown>>(sql`
    SELECT d.id, d.requested_by AS "requestedBy", d.event_on::text AS "eventOn", d.department_id AS "departmentId",
           dep.name AS department, d.status, d.starts_at AS "startsAt", d.place, d.created_at AS "createdAt",
           d.supporter_a_id AS "supporterAId", sa.name AS "supporterAName",
           d.supporter_b_id AS "supporterBId", sb.name AS "supporterBName",
           (SELECT count(*)::int FROM debrief_invitees i WHERE i.debrief_id = d.id) AS invited,
           (SELECT count(*)::int FROM debrief_invitees i WHERE i.debrief_id = d.id AND i.attended) AS came
    FROM team_debriefs d
    LEFT JOIN departments dep ON dep.id = d.department_id AND dep.org_id = d.org_id
    LEFT JOIN persons sa ON sa.id = d.supporter_a_id
    LEFT JOIN persons sb ON sb.id = d.supporter_b_id
    WHERE d.org_id = ${orgId} AND ${filterSql(filter)}
    ORDER BY coalesce(d.starts_at, d.created_at) DESC, d.id`);
  return rows.map(({ supporterAId, supporterAName, supporterBId, supporterBName, ...row }) => ({
    ...row,
    startsAt: row.startsAt ? new Date(row.startsAt) : null,
    createdAt: new Date(row.createdAt),
    supporters: [
      ...(supporterAId ? [{ id: supporterAId, name: supporterAName ?? 'Former member' }] : []),
      ...(supporterBId ? [{ id: supporterBId, name: supporterBName ?? 'Former member' }] : []),
    ],
  }));
}

export async function findDebrief(db: Executor, orgId: string, debriefId: string): Promise<DebriefRecord | null> {
  return (await findDebriefs(db, orgId, { id: debriefId }))[0] ?? null;
}

/** Locks the debrief's row for a change of status, so a cancel and a schedule at once happen one after the other. */
export async function lockDebrief(db: Executor, orgId: string, debriefId: string): Promise<DebriefStatus | null> {
  const [row] = await db
    .select({ status: teamDebriefs.status })
    .from(teamDebriefs)
    .where(and(eq(teamDebriefs.orgId, orgId), eq(teamDebriefs.id, debriefId)))
    .for('update');
  return row?.status ?? null;
}

export async function insertDebrief(
  db: Executor,
  input: { orgId: string; requestedBy: string; eventOn: string; departmentId: string | null; inviteeIds: string[] },
): Promise<string> {
  const [row] = await db
    .insert(teamDebriefs)
    .values({
      orgId: input.orgId,
      requestedBy: input.requestedBy,
      eventOn: input.eventOn,
      departmentId: input.departmentId,
    })
    .returning({ id: teamDebriefs.id });
  await db
    .insert(debriefInvitees)
    .values(input.inviteeIds.map((personId) => ({ orgId: input.orgId, debriefId: row!.id, personId })));
  return row!.id;
}

export async function scheduleDebrief(
  db: Executor,
  { orgId, debriefId }: { orgId: string; debriefId: string },
  values: { startsAt: Date; place: string; supporterAId: string; supporterBId: string },
): Promise<void> {
  await db
    .update(teamDebriefs)
    .set({ ...values, status: 'scheduled' })
    .where(and(eq(teamDebriefs.orgId, orgId), eq(teamDebriefs.id, debriefId)));
  await db
    .update(debriefInvitees)
    .set({ invitedAt: sql`coalesce(${debriefInvitees.invitedAt}, now())` })
    .where(and(eq(debriefInvitees.orgId, orgId), eq(debriefInvitees.debriefId, debriefId)));
}

export async function setDebriefStatus(
  db: Executor,
  { orgId, debriefId }: { orgId: string; debriefId: string },
  status: 'cancelled' | 'held',
): Promise<void> {
  await db
    .update(teamDebriefs)
    .set({ status, ...(status === 'held' ? { heldAt: sql`coalesce(${teamDebriefs.heldAt}, now())` } : {}) })
    .where(and(eq(teamDebriefs.orgId, orgId), eq(teamDebriefs.id, debriefId)));
}

/** Marks who came: those listed attended, every other invitee did not. */
export async function recordAttendance(
  db: Executor,
  { orgId, debriefId }: { orgId: string; debriefId: string },
  attendedIds: string[],
): Promise<void> {
  await db
    .update(debriefInvitees)
    .set({ attended: sql`${debriefInvitees.personId} = ANY(${sql.param(attendedIds)}::uuid[])` })
    .where(and(eq(debriefInvitees.orgId, orgId), eq(debriefInvitees.debriefId, debriefId)));
}

export async function inviteesOf(db: Executor, orgId: string, debriefIds: string[]): Promise<Invitee[]> {
  if (debriefIds.length === 0) return [];
  return db
    .select({
      debriefId: debriefInvitees.debriefId,
      personId: debriefInvitees.personId,
      name: persons.name,
      response: debriefInvitees.response,
      attended: debriefInvitees.attended,
      invitedAt: debriefInvitees.invitedAt,
    })
    .from(debriefInvitees)
    .innerJoin(persons, eq(persons.id, debriefInvitees.personId))
    .where(and(eq(debriefInvitees.orgId, orgId), inArray(debriefInvitees.debriefId, debriefIds)))
    .orderBy(persons.name);
}

/** The debriefs this person was invited to (once scheduled), with their own answer; none from long ago. */
export async function invitationsOf(db: Executor, orgId: string, personId: string) {
  const { rows } = await db.execute<{
    id: string;
    eventOn: string;
    department: string | null;
    status: DebriefStatus;
    startsAt: Date | null;
    place: string | null;
    response: DebriefResponse | null;
  }>(sql`
    SELECT d.id, d.event_on::text AS "eventOn", dep.name AS department, d.status, d.starts_at AS "startsAt", d.place,
           i.response
    FROM debrief_invitees i
    JOIN team_debriefs d ON d.id = i.debrief_id AND d.org_id = i.org_id
    LEFT JOIN departments dep ON dep.id = d.department_id AND dep.org_id = d.org_id
    WHERE i.org_id = ${orgId} AND i.person_id = ${personId} AND i.invited_at IS NOT NULL
      AND (d.status = 'scheduled' OR d.starts_at > now() - interval '7 days')
    ORDER BY d.starts_at`);
  return rows.map((row) => ({ ...row, startsAt: row.startsAt ? new Date(row.startsAt) : null }));
}

/** The person's invitation to the debrief, once they have been invited; null otherwise. */
export async function invitationOf(
  db: Executor,
  { orgId, debriefId, personId }: { orgId: string; debriefId: string; personId: string },
) {
  const [row] = await db
    .select({ status: teamDebriefs.status, response: debriefInvitees.response })
    .from(debriefInvitees)
    .innerJoin(teamDebriefs, eq(teamDebriefs.id, debriefInvitees.debriefId))
    .where(
      and(
        eq(debriefInvitees.orgId, orgId),
        eq(debriefInvitees.debriefId, debriefId),
        eq(debriefInvitees.personId, personId),
        sql`${debriefInvitees.invitedAt} IS NOT NULL`,
      ),
    );
  return row ?? null;
}

export async function saveResponse(
  db: Executor,
  { orgId, debriefId, personId }: { orgId: string; debriefId: string; personId: string },
  response: DebriefResponse,
): Promise<void> {
  await db
    .update(debriefInvitees)
    .set({ response })
    .where(
      and(
        eq(debriefInvitees.orgId, orgId),
        eq(debriefInvitees.debriefId, debriefId),
        eq(debriefInvitees.personId, personId),
      ),
    );
}

/** Which of these people are active members of the organisation (holding `role`, when given). */
export async function membersAmong(
  db: Executor,
  { orgId, personIds, role }: { orgId: string; personIds: string[]; role?: Role },
): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .select({ id: members.personId })
    .from(members)
    .where(
      and(
        eq(members.orgId, orgId),
        eq(members.status, 'active'),
        inArray(members.personId, personIds),
        role ? sql`${role} = ANY(${members.roles})` : undefined,
      ),
    );
  return new Set(rows.map((r) => r.id));
}

/** Active members holding any of these roles: who hears of a new debrief when the program names no lead. */
export async function membersWithRoles(db: Executor, orgId: string, roles: Role[]): Promise<string[]> {
  const rows = await db
    .select({ id: members.personId })
    .from(members)
    .where(
      and(eq(members.orgId, orgId), eq(members.status, 'active'), sql`${members.roles} && ${sql.param(roles)}::text[]`),
    );
  return rows.map((r) => r.id);
}

export async function departmentExists(db: Executor, orgId: string, departmentId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: departments.id })
    .from(departments)
    .where(and(eq(departments.orgId, orgId), eq(departments.id, departmentId)));
  return Boolean(row);
}
