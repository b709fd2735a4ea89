import { inTransaction } from '#db/transaction.ts';
import { MIN_CELL } from '#shared/contracts/common.ts';
import type {
  ContactChoice,
  Debrief,
  DebriefForSupporter,
  DebriefInvitation,
  MyRequest,
  Suppressible,
} from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { orgToday } from '../organisation/index.ts';
import { assessorConflicts } from '../people/index.ts';
import { myRequest, openRequest } from './asking.ts';
import { sendDebriefCancelled, sendDebriefInvitations, sendDebriefRequested } from './debrief-mails.ts';
import * as repo from './debrief-repo.ts';
import { programFor } from './program-repo.ts';

/** The roles that run the program: they schedule, cancel and see every debrief. */
export const LEAD_ROLES = ['coordinator', 'wellbeing_lead', 'org_admin'] as const;

/**
 * How many came, as the requester and the lead read it: a count, never who (privacy rule 4, docs/privacy.md). Hidden
 * when fewer than 5 came, and also when between 1 and 4 of those invited did not: the number invited is shown, so
 * "invited minus came" would otherwise tell who stayed away in a small team.
 */
export function cameFigure(d: { invited: number; came: number }): Suppressible {
  const stayedAway = d.invited - d.came;
  const hidden = d.came < MIN_CELL || (stayedAway > 0 && stayedAway < MIN_CELL);
  return hidden ? { suppressed: true, value: null } : { suppressed: false, value: d.came };
}

export function toDebrief(d: repo.DebriefRecord): Debrief {
  return {
    id: d.id,
    eventOn: d.eventOn,
    department: d.department,
    status: d.status,
    startsAt: d.startsAt?.toISOString() ?? null,
    place: d.place,
    supporters: d.supporters,
    invited: d.invited,
    came: cameFigure(d),
    requestedAt: d.createdAt.toISOString(),
  };
}

const notFoundField = (what: string, field: string) => new AppError('not_found', `${what} was not found`, field);

async function requireDebrief(deps: AppDeps, ctx: RequestContext, debriefId: string) {
  const debrief = await repo.findDebrief(deps.db, ctx.org.orgId, debriefId);
  if (!debrief) throw notFound('That debrief');
  return debrief;
}

/** A department lead or the safety team asks for a debrief for the people who were there. */
export async function requestDebrief(
  deps: AppDeps,
  ctx: RequestContext,
  body: { eventOn: string; departmentId: string | null; inviteePersonIds: string[] },
): Promise<Debrief> {
  const orgId = ctx.org.orgId;
  if (body.eventOn > (await orgToday(deps.db, orgId))) throw badRequest('eventOn', 'The event cannot be in the future');
  if (body.departmentId && !(await repo.departmentExists(deps.db, orgId, body.departmentId)))
    throw notFoundField('That department', 'departmentId');
  const inviteeIds = [...new Set(body.inviteePersonIds)];
  const found = await repo.membersAmong(deps.db, { orgId, personIds: inviteeIds });
  if (inviteeIds.some((id) => !found.has(id))) throw notFoundField('That person', 'inviteePersonIds');
  return inTransaction(deps.database, async (scope) => {
    const id = await repo.insertDebrief(scope.db, {
      orgId,
      requestedBy: ctx.person.id,
      eventOn: body.eventOn,
      departmentId: body.departmentId,
      inviteeIds,
    });
    const debrief = (await repo.findDebrief(scope.db, orgId, id))!;
    const program = await programFor(scope.db, orgId);
    const leads = program.leadPersonId
      ? [program.leadPersonId]
      : await repo.membersWithRoles(scope.db, orgId, [...LEAD_ROLES]);
    await sendDebriefRequested(deps, scope, { orgId, debrief }, leads);
    return toDebrief(debrief);
  });
}

export async function debriefsRequestedBy(deps: AppDeps, ctx: RequestContext): Promise<Debrief[]> {
  return (await repo.findDebriefs(deps.db, ctx.org.orgId, { requestedBy: ctx.person.id })).map(toDebrief);
}

export async function allDebriefs(deps: AppDeps, ctx: RequestContext): Promise<Debrief[]> {
  return (await repo.findDebriefs(deps.db, ctx.org.orgId, { all: true })).map(toDebrief);
}

/**
 * The lead assigns two supporters and a time, and everyone who was there is invited (again, with the new time, when
 * it moves). Neither supporter may be someone an invitee is related to by the no-assessor rule (DESIGN.md rule 6),
 * nor someone who was there themself.
 */
export async function scheduleDebrief(
  deps: AppDeps,
  ctx: RequestContext,
  debriefId: string,
  body: { startsAt: string; place: string; supporterAId: string; supporterBId: string },
): Promise<Debrief> {
  const orgId = ctx.org.orgId;
  const startsAt = new Date(body.startsAt);
  if (startsAt.getTime() <= Date.now()) throw badRequest('startsAt', 'Choose a time ahead');
  return inTransaction(deps.database, async (scope) => {
    const status = await repo.lockDebrief(scope.db, orgId, debriefId);
    if (!status) throw notFound('That debrief');
    if (status === 'held' || status === 'cancelled') throw conflict('conflict', `This debrief is ${status}`);
    const chosen = [
      ['supporterAId', body.supporterAId],
      ['supporterBId', body.supporterBId],
    ] as const;
    const supporters = await repo.membersAmong(scope.db, {
      orgId,
      personIds: [body.supporterAId, body.supporterBId],
      role: 'peer_supporter',
    });
    const inviteeIds = (await repo.inviteesOf(scope.db, orgId, [debriefId])).map((i) => i.personId);
    const related = await assessorConflicts(scope.db, orgId, [body.supporterAId, body.supporterBId, ...inviteeIds]);
    for (const [field, personId] of chosen) {
      if (!supporters.has(personId)) throw conflict('not_a_supporter', undefined, field);
      if (inviteeIds.includes(personId))
        throw badRequest(field, 'This person was there; choose a supporter who was not');
      if (inviteeIds.some((inviteeId) => related.between(personId, inviteeId)))
        throw conflict(
          'no_assessor_rule',
          'This supporter supervises, assesses or manages someone invited; choose another',
          field,
        );
    }
    await repo.scheduleDebrief(scope.db, { orgId, debriefId }, { ...body, startsAt });
    const debrief = (await repo.findDebrief(scope.db, orgId, debriefId))!;
    await sendDebriefInvitations(
      deps,
      scope,
      { orgId, timeZone: ctx.org.timeZone, debrief },
      { inviteeIds, rescheduled: status === 'scheduled' },
    );
    return toDebrief(debrief);
  });
}

export async function cancelDebrief(deps: AppDeps, ctx: RequestContext, debriefId: string): Promise<Debrief> {
  const orgId = ctx.org.orgId;
  return inTransaction(deps.database, async (scope) => {
    const status = await repo.lockDebrief(scope.db, orgId, debriefId);
    if (!status) throw notFound('That debrief');
    if (status === 'held') throw conflict('conflict', 'This debrief has been held');
    if (status !== 'cancelled') {
      await repo.setDebriefStatus(scope.db, { orgId, debriefId }, 'cancelled');
      const debrief = (await repo.findDebrief(scope.db, orgId, debriefId))!;
      if (status === 'scheduled') {
        const inviteeIds = (await repo.inviteesOf(scope.db, orgId, [debriefId])).map((i) => i.personId);
        await sendDebriefCancelled(deps, scope, { orgId, timeZone: ctx.org.timeZone, debrief }, inviteeIds);
      }
    }
    return toDebrief((await repo.findDebrief(scope.db, orgId, debriefId))!);
  });
}

/** The debriefs the caller runs, with who is invited and their answers (the two supporters run it with them). */
export async function debriefsAssignedTo(deps: AppDeps, ctx: RequestContext): Promise<DebriefForSupporter[]> {
  const orgId = ctx.org.orgId;
  const debriefs = await repo.findDebriefs(deps.db, orgId, { supporter: ctx.person.id });
  const invitees = await repo.inviteesOf(
    deps.db,
    orgId,
    debriefs.map((d) => d.id),
  );
  return debriefs.map((d) => ({
    ...toDebrief(d),
    invitees: invitees
      .filter((i) => i.debriefId === d.id)
      .map((i) => ({ person: { id: i.personId, name: i.name }, response: i.response, attended: i.attended })),
  }));
}

/** One of its two supporters (or the lead) records that the debrief took place, and who came. */
export async function recordDebriefHeld(
  deps: AppDeps,
  ctx: RequestContext,
  debriefId: string,
  body: { attendedPersonIds: string[] },
): Promise<Debrief> {
  const orgId = ctx.org.orgId;
  const debrief = await requireDebrief(deps, ctx, debriefId);
  const isLead = ctx.org.roles.some((r) => (LEAD_ROLES as readonly string[]).includes(r));
  if (!isLead && !debrief.supporters.some((s) => s.id === ctx.person.id)) throw notFound('That debrief');
  if (debrief.status === 'requested' || debrief.status === 'cancelled') throw conflict('debrief_not_scheduled');
  if (debrief.startsAt!.getTime() > Date.now())
    throw conflict('debrief_not_scheduled', 'This debrief has not started yet');
  const inviteeIds = new Set((await repo.inviteesOf(deps.db, orgId, [debriefId])).map((i) => i.personId));
  const attended = [...new Set(body.attendedPersonIds)];
  if (attended.some((id) => !inviteeIds.has(id)))
    throw badRequest('attendedPersonIds', 'Only people invited to this debrief can be marked as having come');
  await inTransaction(deps.database, async ({ db }) => {
    await repo.recordAttendance(db, { orgId, debriefId }, attended);
    await repo.setDebriefStatus(db, { orgId, debriefId }, 'held');
  });
  return toDebrief((await repo.findDebrief(deps.db, orgId, debriefId))!);
}

// ─── The member's side: an invitation, offered and never required ───────────────────────────────────

/** Debriefs the caller is invited to, with their own answer. */
export async function debriefInvitationsFor(deps: AppDeps, ctx: RequestContext): Promise<DebriefInvitation[]> {
  const rows = await repo.invitationsOf(deps.db, ctx.org.orgId, ctx.person.id);
  return rows.map((r) => ({ ...r, startsAt: r.startsAt?.toISOString() ?? null }));
}

async function requireInvitation(deps: AppDeps, ctx: RequestContext, debriefId: string) {
  const invitation = await repo.invitationOf(deps.db, { orgId: ctx.org.orgId, debriefId, personId: ctx.person.id });
  if (!invitation) throw notFound('That debrief');
  return invitation;
}

export async function answerInvitation(
  deps: AppDeps,
  ctx: RequestContext,
  debriefId: string,
  response: repo.DebriefResponse,
): Promise<DebriefInvitation> {
  const invitation = await requireInvitation(deps, ctx, debriefId);
  if (invitation.status !== 'scheduled') throw conflict('conflict', `This debrief is ${invitation.status}`);
  await repo.saveResponse(deps.db, { orgId: ctx.org.orgId, debriefId, personId: ctx.person.id }, response);
  return (await debriefInvitationsFor(deps, ctx)).find((d) => d.id === debriefId)!;
}

/** Someone invited asks to talk to a peer on their own, instead of or as well as the debrief. */
export async function askOneToOne(
  deps: AppDeps,
  ctx: RequestContext,
  debriefId: string,
  body: ContactChoice & { topic: 'code_debrief' | 'adverse_event' },
): Promise<MyRequest> {
  await requireInvitation(deps, ctx, debriefId);
  const { id } = await inTransaction(deps.database, (scope) =>
    openRequest(deps, scope, {
      orgId: ctx.org.orgId,
      requesterId: ctx.person.id,
      topic: body.topic,
      urgency: 'today',
      contactMethod: body.contactMethod,
      contactDetail: body.contactDetail ?? null,
      anonymous: body.anonymous,
      notMyDepartment: false,
      similarStage: false,
      origin: 'debrief',
    }),
  );
  return myRequest(deps, ctx, id);
}
