import { inTransaction } from '#db/transaction.ts';
import type { GroupEligibility, GroupSettings, Group as GroupView } from '#shared/contracts/groups.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { findCrisisResources, findForeignReference, orgToday } from '../organisation/index.ts';
import * as repo from './group-repo.ts';
import { currentMembership } from './membership-repo.ts';
import { offerFreedPlaces } from './membership.ts';
import { groupsClosedByRelations } from './no-assessor.ts';
import { retimeAfterScheduleChange } from './sessions.ts';
import { ensureSessions } from './session-repo.ts';
import { GROUP_TEMPLATE_INFO, planFromTemplate, timeSlotOf } from './templates.ts';

type PlaceCounts = { member: number; offered: number; waiting: number };

export function toGroup(
  row: repo.Group,
  counts: PlaceCounts | undefined,
  facilitators: { id: string; name: string }[],
): GroupView {
  return {
    id: row.id,
    programId: row.programId,
    name: row.name,
    description: row.description,
    maxMembers: row.maxMembers,
    maxFacilitators: row.maxFacilitators,
    firstSessionOn: row.firstSessionOn,
    startTime: row.startTime,
    cadenceDays: row.cadenceDays,
    durationMinutes: row.durationMinutes,
    location: { kind: row.locationKind, detail: row.locationDetail },
    closesOn: row.closesOn,
    eligibility: row.eligibility as GroupEligibility,
    timeSlot: timeSlotOf(row.firstSessionOn, row.startTime),
    members: counts?.member ?? 0,
    offered: counts?.offered ?? 0,
    waiting: counts?.waiting ?? 0,
    facilitators: facilitators.map((f) => ({ id: f.id, name: f.name })),
  };
}

/** Groups with their counts and facilitators, for the coordinator's and facilitators' views. */
export async function describeGroups(deps: AppDeps, rows: repo.Group[]) {
  const ids = rows.map((r) => r.id);
  const counts = await repo.placeCounts(deps.db, ids);
  const facilitators = await repo.facilitatorsOf(deps.db, ids);
  return rows.map((r) =>
    toGroup(
      r,
      counts.get(r.id),
      facilitators.filter((f) => f.groupId === r.id),
    ),
  );
}

export const listTemplates = () => GROUP_TEMPLATE_INFO;

export async function requireProgram(deps: AppDeps, ctx: RequestContext, programId: string) {
  const program = await repo.findProgram(deps.db, ctx.org.orgId, programId);
  if (!program) throw notFound('That group program');
  return program;
}

export async function requireGroup(deps: AppDeps, ctx: RequestContext, groupId: string) {
  const group = await repo.findGroup(deps.db, ctx.org.orgId, groupId);
  if (!group) throw notFound('That group');
  return group;
}

export async function createProgram(
  deps: AppDeps,
  ctx: RequestContext,
  input: { template: repo.GroupProgram['template']; name?: string | undefined },
) {
  const info = GROUP_TEMPLATE_INFO.find((t) => t.key === input.template)!;
  const program = await repo.insertProgram(deps.db, {
    orgId: ctx.org.orgId,
    template: input.template,
    name: input.name ?? info.name,
    description: info.description,
    createdBy: ctx.person.id,
  });
  return getProgram(deps, ctx, program.id);
}

export async function getProgram(deps: AppDeps, ctx: RequestContext, programId: string) {
  const program = await requireProgram(deps, ctx, programId);
  const groups = await describeGroups(deps, await repo.groupsOfProgram(deps.db, ctx.org.orgId, programId));
  return { id: program.id, template: program.template, name: program.name, description: program.description, groups };
}

export async function updateProgram(
  deps: AppDeps,
  ctx: RequestContext,
  programId: string,
  values: { name: string; description: string },
) {
  await requireProgram(deps, ctx, programId);
  await repo.updateProgram(deps.db, ctx.org.orgId, programId, values);
  return getProgram(deps, ctx, programId);
}

export async function listPrograms(deps: AppDeps, ctx: RequestContext) {
  const rows = await repo.listPrograms(deps.db, ctx.org.orgId);
  return rows.map((r) => ({
    id: r.program.id,
    template: r.program.template,
    name: r.program.name,
    groups: r.groups,
    members: r.members,
    waiting: r.waiting,
  }));
}

async function assertOwnReferences(deps: AppDeps, ctx: RequestContext, eligibility: GroupEligibility) {
  for (const departmentId of new Set(eligibility.departmentIds)) {
    if (await findForeignReference(deps.db, ctx.org.orgId, { departmentId }))
      throw badRequest('eligibility.departmentIds', 'Unknown department');
  }
  for (const cohortId of new Set(eligibility.cohortIds)) {
    if (await findForeignReference(deps.db, ctx.org.orgId, { cohortId }))
      throw badRequest('eligibility.cohortIds', 'Unknown cohort');
  }
}

const valuesOf = (s: GroupSettings): repo.GroupValues => ({
  name: s.name,
  description: s.description,
  maxMembers: s.maxMembers,
  maxFacilitators: s.maxFacilitators,
  firstSessionOn: s.firstSessionOn,
  startTime: s.startTime,
  cadenceDays: s.cadenceDays,
  durationMinutes: s.durationMinutes,
  locationKind: s.location.kind,
  locationDetail: s.location.detail,
  closesOn: s.closesOn,
  eligibility: s.eligibility,
});

/**
 * Sessions are made for times still to come, so a first date already past would silently start the
 * group a fortnight later: it is refused instead, naming the field. (An existing group keeps its date.)
 */
async function assertFirstSessionNotPast(deps: AppDeps, ctx: RequestContext, firstSessionOn: string) {
  if (firstSessionOn < (await orgToday(deps.db, ctx.org.orgId)))
    throw badRequest('firstSessionOn', 'The first session cannot be before today');
}

export async function createGroup(deps: AppDeps, ctx: RequestContext, programId: string, settings: GroupSettings) {
  const program = await requireProgram(deps, ctx, programId);
  await assertOwnReferences(deps, ctx, settings.eligibility);
  await assertFirstSessionNotPast(deps, ctx, settings.firstSessionOn);
  const resources = (await findCrisisResources(deps.db, ctx.org.orgId)) ?? [];
  const group = await inTransaction(deps.database, async ({ db }) => {
    const plan = planFromTemplate(program.template, resources);
    const created = await repo.insertGroup(db, { orgId: ctx.org.orgId, programId, ...valuesOf(settings), plan });
    await ensureSessions(db, created.id);
    return created;
  });
  return (await describeGroups(deps, [group]))[0]!;
}

const scheduleOf = (
  v: Pick<
    repo.GroupValues,
    'firstSessionOn' | 'startTime' | 'cadenceDays' | 'durationMinutes' | 'locationKind' | 'locationDetail' | 'closesOn'
  >,
) =>
  [v.firstSessionOn, v.startTime, v.cadenceDays, v.durationMinutes, v.locationKind, v.locationDetail, v.closesOn].join(
    '|',
  );

/**
 * New settings for a group. The maximum may go down only as far as the places already taken (never
 * silently over); a larger maximum offers the new places to the wait-list; a new schedule moves the
 * coming sessions, and members get updated invites.
 */
export async function updateGroup(deps: AppDeps, ctx: RequestContext, groupId: string, settings: GroupSettings) {
  await assertOwnReferences(deps, ctx, settings.eligibility);
  await inTransaction(deps.database, async (scope) => {
    const current = await repo.lockGroup(scope.db, ctx.org.orgId, groupId);
    if (!current) throw notFound('That group');
    const counts = (await repo.placeCounts(scope.db, [groupId])).get(groupId)!;
    if (settings.maxMembers < counts.member + counts.offered) {
      throw conflict(
        'too_many_members',
        `${counts.member + counts.offered} places are taken; the maximum cannot go below that`,
        'maxMembers',
      );
    }
    const facilitators = await repo.facilitatorsOf(scope.db, [groupId]);
    if (settings.maxFacilitators < facilitators.length) {
      throw conflict(
        'too_many_facilitators',
        `The group has ${facilitators.length} facilitators; remove one first`,
        'maxFacilitators',
      );
    }
    if (settings.firstSessionOn !== current.firstSessionOn)
      await assertFirstSessionNotPast(deps, ctx, settings.firstSessionOn);
    const values = valuesOf(settings);
    const rescheduled = scheduleOf(values) !== scheduleOf(current);
    const updated = await repo.updateGroup(scope.db, ctx.org.orgId, groupId, values, rescheduled);
    if (rescheduled) await retimeAfterScheduleChange(deps, scope, updated!);
    await offerFreedPlaces(deps, scope, updated!);
  });
  return (await describeGroups(deps, [await requireGroup(deps, ctx, groupId)]))[0]!;
}

/** Facilitators are members holding the facilitator role; a group has at most its maximum of them. */
export async function setFacilitators(deps: AppDeps, ctx: RequestContext, groupId: string, personIds: string[]) {
  const ids = [...new Set(personIds)];
  // Under the group's lock, like a change of its maximum or a join: neither can slip in between the checks and the write.
  await inTransaction(deps.database, async ({ db }) => {
    const group = await repo.lockGroup(db, ctx.org.orgId, groupId);
    if (!group) throw notFound('That group');
    if (ids.length > group.maxFacilitators)
      throw badRequest('personIds', `This group takes at most ${group.maxFacilitators} facilitators`);
    const found = await repo.membersWithRole(db, { orgId: ctx.org.orgId, personIds: ids, role: 'facilitator' });
    if (found.length !== ids.length)
      throw badRequest('personIds', 'Each facilitator must be a member of the organisation with the facilitator role');
    for (const id of ids) {
      if (await currentMembership(db, groupId, id))
        throw badRequest('personIds', 'A member of the group (or its wait-list) cannot also facilitate it');
    }
    const closed = await groupsClosedByRelations(db, {
      orgId: ctx.org.orgId,
      personIds: ids,
      groupIds: [groupId],
      among: 'members',
    });
    const barred = found.find((f) => closed.get(f.id)!.size > 0);
    if (barred)
      throw conflict(
        'no_assessor_rule',
        `${barred.name} cannot facilitate this group: someone in it may not be grouped with them (no-assessor rule)`,
        'personIds',
      );
    await repo.replaceFacilitators(db, { orgId: ctx.org.orgId, groupId, personIds: ids });
  });
  return (await describeGroups(deps, [await requireGroup(deps, ctx, groupId)]))[0]!;
}
