import { allocateGroups, type GroupMember, type SupportGroup } from '#matching/groups.ts';
import type { PairRef } from '#matching/types.ts';
import { inTransaction } from '#db/transaction.ts';
import { AVAILABILITY } from '#shared/contracts/profile.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, notFound } from '../../errors.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { isClosed, isEligible } from './eligibility.ts';
import { membershipOf, OFFER_HOURS } from './membership.ts';
import * as groups from './group-repo.ts';
import { requireProgram } from './groups.ts';
import * as repo from './membership-repo.ts';
import { timeSlotOf } from './templates.ts';
import { orgToday } from '../organisation/index.ts';
import { assessorConflicts, type AssessorConflicts, contactsOf } from '../people/index.ts';
import { groupsClosedByRelations, isClosedByRelations } from './no-assessor.ts';

/** The program's groups a member may join: eligible for, and still open. */
async function openGroupsFor(deps: AppDeps, ctx: RequestContext, programId: string) {
  const today = await orgToday(deps.db, ctx.org.orgId);
  const who = await groups.findPlacement(deps.db, ctx.org.orgId, ctx.person.id);
  return (await groups.groupsOfProgram(deps.db, ctx.org.orgId, programId)).filter(
    (g) => !isClosed(g, today) && isEligible(g.eligibility, who),
  );
}

/** "Put me in a group of this program": for the coordinator's allocation, with groups the member would prefer. */
export async function registerInterest(
  deps: AppDeps,
  ctx: RequestContext,
  programId: string,
  preferredGroupIds: string[],
) {
  await requireProgram(deps, ctx, programId);
  const open = await openGroupsFor(deps, ctx, programId);
  if (open.length === 0) throw notFound('That group program');
  if (preferredGroupIds.some((id) => !open.some((g) => g.id === id)))
    throw badRequest('preferredGroupIds', 'Choose among the groups of this program open to you');
  await repo.upsertInterest(deps.db, {
    orgId: ctx.org.orgId,
    programId,
    personId: ctx.person.id,
    preferredGroupIds: [...new Set(preferredGroupIds)],
  });
  return { preferredGroupIds: [...new Set(preferredGroupIds)] };
}

export async function withdrawInterest(deps: AppDeps, ctx: RequestContext, programId: string) {
  await requireProgram(deps, ctx, programId);
  const withdrawn = await repo.deleteInterest(deps.db, { orgId: ctx.org.orgId, programId, personIds: [ctx.person.id] });
  if (withdrawn === 0) throw notFound('Your interest');
}

export async function listInterest(deps: AppDeps, ctx: RequestContext, programId: string) {
  await requireProgram(deps, ctx, programId);
  return (await repo.interestedMembers(deps.db, ctx.org.orgId, programId)).map((r) => ({
    person: { id: r.personId, name: r.name },
    departmentId: r.departmentId,
    preferredGroupIds: r.preferredGroupIds,
    availability: r.availability,
  }));
}

const REASONS = {
  no_eligible_mentor: 'No group of the program meets at a time they are free, or is open to them',
  eligible_mentors_full: 'The groups that suit them are full',
} as const;

/**
 * Places interested members in the program's groups with the matching engine: groups play mentors
 * with their free places as capacity, and a member can only go to a group meeting at a time they are
 * free (any time, when they gave none) and open to them; same department, same site and their own
 * preferences then count. A group with people on its wait-list has no free places: they come first.
 * With `apply`, placements are made under each group's lock, so no group is ever over its maximum.
 */
export async function allocate(deps: AppDeps, ctx: RequestContext, programId: string, apply: boolean) {
  await requireProgram(deps, ctx, programId);
  const today = await orgToday(deps.db, ctx.org.orgId);
  const rows = (await groups.groupsOfProgram(deps.db, ctx.org.orgId, programId)).filter((g) => !isClosed(g, today));
  const counts = await groups.placeCounts(
    deps.db,
    rows.map((g) => g.id),
  );
  const free = new Map(
    rows.map((g) => [
      g.id,
      counts.get(g.id)!.waiting > 0 ? 0 : g.maxMembers - counts.get(g.id)!.member - counts.get(g.id)!.offered,
    ]),
  );
  const placed = new Set<string>();
  for (const g of rows) for (const m of await repo.currentMembers(deps.db, g.id)) placed.add(m.id);
  const interested = (await repo.interestedMembers(deps.db, ctx.org.orgId, programId)).filter(
    (p) => !placed.has(p.personId),
  );
  const groupsWithRoom = rows.filter((g) => free.get(g.id)! > 0);

  const members: GroupMember[] = interested.map((p) => ({
    id: p.personId,
    availability: p.availability.length ? p.availability : [...AVAILABILITY],
    department: p.departmentId ?? undefined,
    site: p.siteId ?? undefined,
    preferredGroups: p.preferredGroupIds,
  }));
  const candidates: SupportGroup[] = groupsWithRoom.map((g) => ({
    id: g.id,
    timeSlot: timeSlotOf(g.firstSessionOn, g.startTime),
    department: g.eligibility.departmentIds.length === 1 ? g.eligibility.departmentIds[0] : undefined,
    capacity: free.get(g.id)!,
  }));
  const closed = await groupsClosedByRelations(deps.db, {
    orgId: ctx.org.orgId,
    personIds: interested.map((p) => p.personId),
    groupIds: groupsWithRoom.map((g) => g.id),
  });
  const forbids = interested.flatMap((p) =>
    groupsWithRoom
      .filter((g) => !isEligible(g.eligibility, p) || closed.get(p.personId)!.has(g.id))
      .map((g) => ({ mentor: g.id, mentee: p.personId })),
  );
  const anyCandidate = members.some((m) => candidates.some((g) => m.availability.includes(g.timeSlot)));
  const related = await assessorConflicts(
    deps.db,
    ctx.org.orgId,
    interested.map((p) => p.personId),
  );
  const result = anyCandidate ? allocateApart(members, candidates, forbids, related) : null;

  const name = new Map(interested.map((p) => [p.personId, p.name]));
  const groupName = new Map(rows.map((g) => [g.id, g.name]));
  const placements = (result?.pairs ?? []).map((p) => ({
    person: { id: p.mentee, name: name.get(p.mentee)! },
    group: { id: p.mentor, name: groupName.get(p.mentor)! },
    score: p.score,
  }));
  const unplaced = result
    ? result.unmatched.map((u) => ({ person: { id: u.mentee, name: name.get(u.mentee)! }, reason: REASONS[u.reason] }))
    : interested.map((p) => ({
        person: { id: p.personId, name: p.name },
        reason: groupsWithRoom.length ? REASONS.no_eligible_mentor : 'No group of the program has a free place',
      }));
  if (!apply || placements.length === 0) return { placements, unplaced, applied: false };
  // Only those who got a place count as placed; anyone the apply could not place as proposed is
  // reported with the others not placed, saying what happened to them instead.
  const made = await place(deps, ctx, programId, placements);
  return {
    placements: made.members,
    unplaced: [
      ...made.waiting.map((p) => ({
        person: p.person,
        reason: `${p.group.name} filled up before the places were made: put on its wait-list instead (number ${p.position} in line), and told so`,
      })),
      ...made.already.map((p) => ({
        person: p.person,
        reason: `${STANDING[p.status]} ${p.group.name}, so left as they were`,
      })),
      ...made.notOpen.map((p) => ({
        person: p.person,
        reason: `${p.group.name} was no longer open to them when the places were made`,
      })),
      ...unplaced,
    ],
    applied: true,
  };
}

/**
 * Allocates, then keeps apart two newcomers the allocation put in one group though one supervises, assesses or
 * manages the other (no-assessor rule): the one placed later in the proposal is kept out of that group and the
 * allocation runs again, until no group holds two related people. Each round forbids one more placement, so it ends.
 */
function allocateApart(
  members: GroupMember[],
  candidates: SupportGroup[],
  forbids: PairRef[],
  related: AssessorConflicts,
) {
  for (;;) {
    const result = allocateGroups(members, candidates, { forbids });
    const clash = result.pairs.flatMap((later, i) =>
      result.pairs.slice(0, i).some((p) => p.mentor === later.mentor && related.between(p.mentee, later.mentee))
        ? [later]
        : [],
    )[0];
    if (!clash) return result;
    forbids = [...forbids, { mentor: clash.mentor, mentee: clash.mentee }];
  }
}

/** How someone the apply found already in a proposed group stands there. */
const STANDING: Record<repo.GroupMembership['status'], string> = {
  member: 'Already a member of',
  waiting: 'Already on the wait-list of',
  offered: 'Already offered a place in',
  left: 'No longer in',
};

type Placement = { person: { id: string; name: string }; group: { id: string; name: string }; score: number };

/** Where the person stands in line, in the words the group page uses for it. */
function placeInLine(position: number) {
  return position === 1
    ? 'You are first in line. When a place comes free, it is offered to you first.'
    : `You are number ${position} in line. When places come free, they are offered in order.`;
}

/**
 * Makes the proposed places under each group's lock, and tells each person what actually happened.
 * The proposal was worked out before the locks were taken, so a group may have filled up since (others
 * joined): then the person joins its wait-list, as joining a full group does, and is told that and their
 * place in line, not that they have a place. Someone already in the group, on its wait-list or offered a
 * place (they joined themselves meanwhile) is left as they are and not written to.
 */
async function place(deps: AppDeps, ctx: RequestContext, programId: string, placements: Placement[]) {
  return inTransaction(deps.database, async (scope) => {
    const members: Placement[] = [];
    const waiting: (Placement & { position: number })[] = [];
    const already: (Placement & { status: repo.GroupMembership['status'] })[] = [];
    const notOpen: Placement[] = [];
    // Locks taken in one order (by group id), so two allocations at once cannot deadlock.
    for (const groupId of [...new Set(placements.map((p) => p.group.id))].sort()) {
      const group = await groups.lockGroup(scope.db, ctx.org.orgId, groupId);
      // As joining: a full group, or one with people already waiting, puts newcomers on its wait-list.
      let room =
        (await repo.waitingList(scope.db, groupId)).length > 0
          ? 0
          : group!.maxMembers - (await repo.takenPlaces(scope.db, groupId));
      for (const p of placements.filter((x) => x.group.id === groupId)) {
        const existing = await repo.currentMembership(scope.db, groupId, p.person.id);
        if (existing) {
          already.push({ ...p, status: existing.status });
          continue;
        }
        // Someone they are related to may have joined since the proposal (no-assessor rule).
        if (await isClosedByRelations(scope.db, { orgId: ctx.org.orgId, personId: p.person.id, groupId })) {
          notOpen.push(p);
          continue;
        }
        await repo.insertMembership(scope.db, {
          orgId: ctx.org.orgId,
          groupId,
          personId: p.person.id,
          status: room > 0 ? 'member' : 'waiting',
        });
        if (room > 0) members.push(p);
        else waiting.push({ ...p, position: (await membershipOf(scope.db, groupId, p.person.id)).waitlistPosition! });
        room -= 1;
      }
    }
    await repo.deleteInterest(scope.db, {
      orgId: ctx.org.orgId,
      programId,
      personIds: placements.map((p) => p.person.id),
    });
    const people = await contactsOf(
      scope.db,
      [...members, ...waiting].map((p) => p.person.id),
    );
    const link = (groupId: string) => `/o/${ctx.org.orgId}/groups/${groupId}`;
    await notify(scope.db, ctx.org.orgId, [
      ...members.map((p) => ({
        personId: p.person.id,
        title: `You have a place in ${p.group.name}`,
        body: 'Your peer support group: see when it meets and say whether you can come.',
        link: link(p.group.id),
      })),
      ...waiting.map((p) => ({
        personId: p.person.id,
        title: `You are on the wait-list for ${p.group.name}`,
        body: `It filled up before your place was made. ${placeInLine(p.position)}`,
        link: link(p.group.id),
      })),
    ]);
    await queueMails(
      deps.jobs,
      [
        ...members.map((p) => ({
          to: people.get(p.person.id)!.email,
          subject: `You have a place in ${p.group.name}`,
          text:
            `Hello ${people.get(p.person.id)!.name},\n\nYou asked to join a peer support group, and you have ` +
            `a place in "${p.group.name}". Its sessions, where it meets and a calendar to add them to are ` +
            `here: ${deps.config.appUrl}${link(p.group.id)}\n\nIf it no longer suits you, you can leave at ` +
            `any time; the place goes to someone waiting.\n`,
        })),
        ...waiting.map((p) => ({
          to: people.get(p.person.id)!.email,
          subject: `You are on the wait-list for ${p.group.name}`,
          text:
            `Hello ${people.get(p.person.id)!.name},\n\nYou asked to join a peer support group. "${p.group.name}" ` +
            `filled up before your place in it was made, so you are on its wait-list instead. ` +
            `${placeInLine(p.position)} When a place is yours we will e-mail you, and you then have ` +
            `${OFFER_HOURS} hours to accept it.\n\n${deps.config.appUrl}${link(p.group.id)}\n\n` +
            `If you would rather not wait, you can leave the wait-list at any time.\n`,
        })),
      ],
      scope.client,
    );
    return { members, waiting, already, notOpen };
  });
}
