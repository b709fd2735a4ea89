import { inTransaction } from '#db/transaction.ts';
import type { SessionPlan } from '#shared/contracts/groups.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import * as repo from './facilitation-repo.ts';
import * as groups from './group-repo.ts';
import { describeGroups } from './groups.ts';
import { currentMembers } from './membership-repo.ts';
import { findSession, rsvpsOf, saveAttendance, sessionsOf } from './session-repo.ts';
import { attendeesOf, hasAnswered } from './survey-repo.ts';
import { inviteToSurvey } from './surveys.ts';
import { orgToday } from '../organisation/index.ts';

/** Only the group's own facilitators reach its facilitation; to another facilitator it does not exist. */
async function facilitatedGroup(deps: AppDeps, ctx: RequestContext, groupId: string) {
  const group = await groups.findGroup(deps.db, ctx.org.orgId, groupId);
  const facilitates = await groups.isFacilitatorOf(deps.db, { orgId: ctx.org.orgId, groupId, personId: ctx.person.id });
  if (!group || !facilitates) throw notFound('That group');
  return group;
}

/** A session of the group that has taken place; `field` is the one an error names. */
async function heldSession(
  deps: AppDeps,
  ctx: RequestContext,
  { groupId, sessionId, field }: { groupId: string; sessionId: string; field: string },
) {
  const session = await findSession(deps.db, { orgId: ctx.org.orgId, groupId, sessionId });
  if (!session) throw notFound('That session');
  if (session.cancelledAt) throw conflict('session_cancelled', 'This session was cancelled', field);
  if (session.startsAt > new Date()) throw conflict('session_not_held', 'This session has not taken place yet', field);
  return session;
}

export async function myGroups(deps: AppDeps, ctx: RequestContext) {
  const ids = (await groups.groupIdsFacilitatedBy(deps.db, ctx.org.orgId, ctx.person.id)).map((r) => r.groupId);
  const found = await Promise.all(ids.map((id) => groups.findGroup(deps.db, ctx.org.orgId, id)));
  return describeGroups(
    deps,
    found.filter((g): g is groups.Group => g !== null),
  );
}

const logView = (log: repo.SessionLog) => ({
  attendanceCount: log.attendanceCount,
  themes: log.themes,
  signpostingGiven: log.signpostingGiven,
  escalationNeeded: log.escalationNeeded,
  loggedAt: log.loggedAt.toISOString(),
});

const supervisionView = (r: Awaited<ReturnType<typeof repo.supervisionOf>>[number]) => ({
  id: r.id,
  facilitator: r.facilitator,
  supervisor: r.supervisorId && r.supervisorName ? { id: r.supervisorId, name: r.supervisorName } : null,
  sessionId: r.sessionId,
  metOn: r.metOn,
});

export async function facilitation(deps: AppDeps, ctx: RequestContext, groupId: string) {
  const group = await facilitatedGroup(deps, ctx, groupId);
  const since = Date.now() - 90 * 86_400_000;
  const sessions = (await sessionsOf(deps.db, groupId)).filter((s) => s.startsAt.getTime() > since);
  const ids = sessions.map((s) => s.id);
  const rsvps = await rsvpsOf(deps.db, ids);
  const logs = await repo.logsOf(deps.db, ids);
  return {
    group: (await describeGroups(deps, [group]))[0]!,
    plan: group.plan,
    members: (await currentMembers(deps.db, groupId)).map((m) => ({ id: m.id, name: m.name })),
    supervisors: await groups.allWithRole(deps.db, ctx.org.orgId, 'supervisor'),
    sessions: sessions.map((s) => {
      const log = logs.find((l) => l.sessionId === s.id);
      const of = rsvps.filter((r) => r.sessionId === s.id);
      return {
        id: s.id,
        startsAt: s.startsAt.toISOString(),
        durationMinutes: s.durationMinutes,
        location: { kind: s.locationKind, detail: s.locationDetail },
        cancelled: s.cancelledAt !== null,
        rsvpYes: of.filter((r) => r.response === 'yes').length,
        rsvpNo: of.filter((r) => r.response === 'no').length,
        attended: of.filter((r) => r.attended).map((r) => r.personId),
        log: log ? logView(log) : null,
      };
    }),
    supervision: (await repo.supervisionOf(deps.db, [groupId])).map(supervisionView),
  };
}

export async function savePlan(deps: AppDeps, ctx: RequestContext, groupId: string, plan: SessionPlan) {
  await facilitatedGroup(deps, ctx, groupId);
  await groups.updatePlan(deps.db, ctx.org.orgId, groupId, plan);
  return plan;
}

/**
 * The register of who came, from the group's members. Once taken it decides who came: someone who said
 * yes but is not on it can no longer answer the survey, and someone on it who had not said yes is
 * invited at once if the survey has already gone out.
 */
export async function recordAttendance(
  deps: AppDeps,
  ctx: RequestContext,
  { groupId, sessionId, personIds }: { groupId: string; sessionId: string; personIds: string[] },
) {
  const group = await facilitatedGroup(deps, ctx, groupId);
  const session = await heldSession(deps, ctx, { groupId, sessionId, field: 'personIds' });
  const memberIds = new Set((await currentMembers(deps.db, groupId)).map((m) => m.id));
  if (personIds.some((id) => !memberIds.has(id))) {
    throw badRequest('personIds', 'Only members of the group can be marked present');
  }
  await inTransaction(deps.database, async (scope) => {
    const before = new Set((await attendeesOf(scope.db, sessionId)).map((p) => p.id));
    await saveAttendance(scope.db, { orgId: ctx.org.orgId, sessionId, personIds: [...new Set(personIds)] });
    if (!session.surveySentAt) return;
    const newcomers = (await attendeesOf(scope.db, sessionId)).filter((p) => !before.has(p.id));
    const invite = [];
    for (const person of newcomers) if (!(await hasAnswered(scope.db, sessionId, person.id))) invite.push(person);
    const survey = {
      id: sessionId,
      orgId: ctx.org.orgId,
      groupId,
      groupName: group.name,
      startsAt: session.startsAt,
      timeZone: ctx.org.timeZone,
    };
    await inviteToSurvey(deps, scope, survey, invite);
  });
}

/** The session log: a head count, themes from the list, signposting and escalation as yes or no; nothing that names anyone. */
export async function logSession(
  deps: AppDeps,
  ctx: RequestContext,
  {
    groupId,
    sessionId,
    log,
  }: { groupId: string; sessionId: string; log: Omit<repo.SessionLog, 'sessionId' | 'loggedAt'> },
) {
  await facilitatedGroup(deps, ctx, groupId);
  await heldSession(deps, ctx, { groupId, sessionId, field: 'attendanceCount' });
  const saved = await repo.saveLog(deps.db, {
    orgId: ctx.org.orgId,
    groupId,
    sessionId,
    ...log,
    themes: [...new Set(log.themes)],
    loggedBy: ctx.person.id,
  });
  return logView(saved);
}

export async function recordSupervision(
  deps: AppDeps,
  ctx: RequestContext,
  groupId: string,
  input: { metOn: string; supervisorId: string | null; sessionId: string | null },
) {
  await facilitatedGroup(deps, ctx, groupId);
  if (input.metOn > (await orgToday(deps.db, ctx.org.orgId)))
    throw badRequest('metOn', 'Record a supervision meeting once it has happened');
  const supervisors = input.supervisorId
    ? await groups.membersWithRole(deps.db, {
        orgId: ctx.org.orgId,
        personIds: [input.supervisorId],
        role: 'supervisor',
      })
    : [];
  if (input.supervisorId && supervisors.length === 0) {
    throw badRequest('supervisorId', 'Choose a member of the organisation with the supervisor role');
  }
  if (input.sessionId && !(await findSession(deps.db, { orgId: ctx.org.orgId, groupId, sessionId: input.sessionId }))) {
    throw badRequest('sessionId', 'That is not a session of this group');
  }
  const id = await repo.insertSupervision(deps.db, {
    orgId: ctx.org.orgId,
    groupId,
    facilitatorId: ctx.person.id,
    ...input,
  });
  return supervisionView((await repo.supervisionOf(deps.db, [groupId])).find((r) => r.id === id)!);
}
