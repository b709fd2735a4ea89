import type { GroupForMember, GroupTemplate } from '#shared/contracts/groups.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import * as groups from './group-repo.ts';
import { coordinates, isClosed, isEligible } from './eligibility.ts';
import { membershipOf } from './membership.ts';
import { membershipsOf } from './membership-repo.ts';
import { rsvpsOf, sessionsOf } from './session-repo.ts';
import { orgToday } from '../organisation/repo.ts';

type Row = Awaited<ReturnType<typeof groups.groupsOfOrg>>[number];

async function view(deps: AppDeps, ctx: RequestContext, row: Row, insider: boolean): Promise<GroupForMember> {
  const { group, program } = row;
  const counts = (await groups.placeCounts(deps.db, [group.id])).get(group.id)!;
  const membership = await membershipOf(deps.db, group.id, ctx.person.id);
  const sessions = insider ? (await sessionsOf(deps.db, group.id)).filter((s) => s.startsAt > new Date(Date.now() - 14 * 86_400_000)) : [];
  const rsvps = (await rsvpsOf(deps.db, sessions.map((s) => s.id))).filter((r) => r.personId === ctx.person.id);
  return {
    id: group.id,
    program: { id: program.id, name: program.name, template: program.template as GroupTemplate },
    name: group.name,
    description: group.description,
    cadenceDays: group.cadenceDays,
    durationMinutes: group.durationMinutes,
    firstSessionOn: group.firstSessionOn,
    startTime: group.startTime,
    closesOn: group.closesOn,
    // Where the group meets (a video link, a room) is for the people in it.
    location: { kind: group.locationKind, detail: insider ? group.locationDetail : null },
    maxMembers: group.maxMembers,
    placesLeft: Math.max(0, group.maxMembers - counts.member - counts.offered),
    waiting: counts.waiting,
    facilitators: (await groups.facilitatorsOf(deps.db, [group.id])).map((f) => ({ id: f.id, name: f.name })),
    membership,
    sessions: sessions.map((s) => ({
      id: s.id,
      startsAt: s.startsAt.toISOString(),
      durationMinutes: s.durationMinutes,
      cancelled: s.cancelledAt !== null,
      myRsvp: rsvps.find((r) => r.sessionId === s.id)?.response ?? null,
    })),
  };
}

/** Groups a member may join (eligible, still open), and those they are in, waiting for, or offered. */
export async function groupsForMember(deps: AppDeps, ctx: RequestContext) {
  const today = await orgToday(deps.db, ctx.org.orgId);
  const who = await groups.findPlacement(deps.db, ctx.org.orgId, ctx.person.id);
  const mine = new Map((await membershipsOf(deps.db, ctx.org.orgId, ctx.person.id)).map((m) => [m.groupId, m.status]));
  const visible = (await groups.groupsOfOrg(deps.db, ctx.org.orgId)).filter(
    (r) => mine.has(r.group.id) || (isEligible(r.group.eligibility, who) && !isClosed(r.group, today)),
  );
  return Promise.all(visible.map((r) => view(deps, ctx, r, mine.get(r.group.id) === 'member')));
}

/** One group: seen by whoever may join it, its members and waiting list, its facilitators and coordinators. */
export async function groupForMember(deps: AppDeps, ctx: RequestContext, groupId: string) {
  const row = await groups.findGroupWithProgram(deps.db, ctx.org.orgId, groupId);
  if (!row) throw notFound('That group');
  const membership = await membershipOf(deps.db, groupId, ctx.person.id);
  const facilitates = await groups.isFacilitatorOf(deps.db, ctx.org.orgId, groupId, ctx.person.id);
  const eligible = isEligible(row.group.eligibility, await groups.findPlacement(deps.db, ctx.org.orgId, ctx.person.id));
  if (!eligible && membership.status === 'none' && !facilitates && !coordinates(ctx)) throw notFound('That group');
  return view(deps, ctx, row, membership.status === 'member' || facilitates || coordinates(ctx));
}
