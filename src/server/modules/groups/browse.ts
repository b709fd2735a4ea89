import type { GroupForMember, Membership } from '#shared/contracts/groups.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import * as groups from './group-repo.ts';
import { coordinates, isClosed, isEligible } from './eligibility.ts';
import { membershipOf, membershipsFrom, NOT_IN_GROUP } from './membership.ts';
import { interestOf, membershipsOf } from './membership-repo.ts';
import { groupsClosedByRelations, isClosedByRelations } from './no-assessor.ts';
import { sessionsSince } from './session-repo.ts';
import { orgToday } from '../organisation/index.ts';

/** Sessions an insider sees: from a fortnight ago on. */
const SESSIONS_SHOWN_FROM_DAYS = 14;

/**
 * Groups as one person sees them (as groupsOfOrg or findGroupWithProgram find them), with one more query for
 * the sessions of those they are inside and one for the programs they asked to be placed in, however many
 * groups there are (a member's list holds every group open to them). `insider` says who may see where a
 * group meets and its sessions.
 */
async function views(
  deps: AppDeps,
  ctx: RequestContext,
  found: groups.GroupWithProgram[],
  memberships: Map<string, Membership>,
  insider: (groupId: string) => boolean,
): Promise<GroupForMember[]> {
  const groupIds = found.map((r) => r.group.id).filter(insider);
  const since = new Date(Date.now() - SESSIONS_SHOWN_FROM_DAYS * 86_400_000);
  const [sessions, interest] = await Promise.all([
    sessionsSince(deps.db, { groupIds, since, personId: ctx.person.id }),
    interestOf(deps.db, ctx.org.orgId, ctx.person.id),
  ]);
  const askedAt = new Map(interest.map((i) => [i.programId, i.askedAt.toISOString()]));
  return found.map(({ group, program, places, facilitators }) => ({
    id: group.id,
    program: { ...program, placeMeAskedAt: askedAt.get(program.id) ?? null },
    name: group.name,
    description: group.description,
    cadenceDays: group.cadenceDays,
    durationMinutes: group.durationMinutes,
    firstSessionOn: group.firstSessionOn,
    startTime: group.startTime,
    closesOn: group.closesOn,
    // Where the group meets (a video link, a room) is for the people in it.
    location: { kind: group.locationKind, detail: insider(group.id) ? group.locationDetail : null },
    maxMembers: group.maxMembers,
    placesLeft: Math.max(0, group.maxMembers - places.member - places.offered),
    waiting: places.waiting,
    facilitators,
    membership: memberships.get(group.id) ?? NOT_IN_GROUP,
    sessions: sessions
      .filter(({ session }) => session.groupId === group.id)
      .map(({ session, myRsvp }) => ({
        id: session.id,
        startsAt: session.startsAt.toISOString(),
        durationMinutes: session.durationMinutes,
        cancelled: session.cancelledAt !== null,
        myRsvp,
      })),
  }));
}

/** Groups a member may join (eligible, still open), and those they are in, waiting for, or offered. */
export async function groupsForMember(deps: AppDeps, ctx: RequestContext) {
  const [today, who, mine, all] = await Promise.all([
    orgToday(deps.db, ctx.org.orgId),
    groups.findPlacement(deps.db, ctx.org.orgId, ctx.person.id),
    membershipsOf(deps.db, ctx.org.orgId, ctx.person.id),
    groups.groupsOfOrg(deps.db, ctx.org.orgId),
  ]);
  const status = new Map(mine.map((m) => [m.groupId, m.status]));
  const open = all.filter(
    (r) => !status.has(r.group.id) && isEligible(r.group.eligibility, who) && !isClosed(r.group, today),
  );
  const closed = await groupsClosedByRelations(deps.db, {
    orgId: ctx.org.orgId,
    personIds: [ctx.person.id],
    groupIds: open.map((r) => r.group.id),
  });
  const closedToMe = closed.get(ctx.person.id)!;
  const visible = all.filter((r) => status.has(r.group.id) || (open.includes(r) && !closedToMe.has(r.group.id)));
  return views(deps, ctx, visible, await membershipsFrom(deps.db, mine), (groupId) => status.get(groupId) === 'member');
}

/** One group: seen by whoever may join it, its members and waiting list, its facilitators and coordinators. */
export async function groupForMember(deps: AppDeps, ctx: RequestContext, groupId: string) {
  const found = await groups.findGroupWithProgram(deps.db, ctx.org.orgId, groupId);
  if (!found) throw notFound('That group');
  const me = { orgId: ctx.org.orgId, personId: ctx.person.id, groupId };
  const membership = await membershipOf(deps.db, groupId, ctx.person.id);
  const facilitates = await groups.isFacilitatorOf(deps.db, me);
  const eligible =
    isEligible(found.group.eligibility, await groups.findPlacement(deps.db, ctx.org.orgId, ctx.person.id)) &&
    !(await isClosedByRelations(deps.db, me));
  if (!eligible && membership.status === 'none' && !facilitates && !coordinates(ctx)) throw notFound('That group');
  const insider = () => membership.status === 'member' || facilitates || coordinates(ctx);
  const [group] = await views(deps, ctx, [found], new Map([[groupId, membership]]), insider);
  return group!;
}
