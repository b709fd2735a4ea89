import { allocateGroups, type GroupMember, type SupportGroup } from '#matching/groups.ts';
import { inTransaction } from '#db/transaction.ts';
import { AVAILABILITY } from '#shared/contracts/profile.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, notFound } from '../../errors.ts';
import { queueMails } from '../mail/mailer.ts';
import { notify } from '../notifications/repo.ts';
import { isClosed, isEligible } from './eligibility.ts';
import * as groups from './group-repo.ts';
import { requireProgram } from './groups.ts';
import * as repo from './membership-repo.ts';
import { timeSlotOf } from './templates.ts';
import { orgToday } from '../organisation/repo.ts';
import { contactsOf } from '../people/repo.ts';

/** The program's groups a member may join: eligible for, and still open. */
async function openGroupsFor(deps: AppDeps, ctx: RequestContext, programId: string) {
  const today = await orgToday(deps.db, ctx.org.orgId);
  const who = await groups.findPlacement(deps.db, ctx.org.orgId, ctx.person.id);
  return (await groups.groupsOfProgram(deps.db, ctx.org.orgId, programId)).filter((g) => !isClosed(g, today) && isEligible(g.eligibility, who));
}

/** "Put me in a group of this program": for the coordinator's allocation, with groups the member would prefer. */
export async function registerInterest(deps: AppDeps, ctx: RequestContext, programId: string, preferredGroupIds: string[]) {
  await requireProgram(deps, ctx, programId);
  const open = await openGroupsFor(deps, ctx, programId);
  if (open.length === 0) throw notFound('That group program');
  if (preferredGroupIds.some((id) => !open.some((g) => g.id === id))) throw badRequest('preferredGroupIds', 'Choose among the groups of this program open to you');
  await repo.upsertInterest(deps.db, { orgId: ctx.org.orgId, programId, personId: ctx.person.id, preferredGroupIds: [...new Set(preferredGroupIds)] });
  return { preferredGroupIds: [...new Set(preferredGroupIds)] };
}

export async function withdrawInterest(deps: AppDeps, ctx: RequestContext, programId: string) {
  await requireProgram(deps, ctx, programId);
  if ((await repo.deleteInterest(deps.db, ctx.org.orgId, programId, [ctx.person.id])) === 0) throw notFound('Your interest');
}

export async function listInterest(deps: AppDeps, ctx: RequestContext, programId: string) {
  await requireProgram(deps, ctx, programId);
  return (await repo.interestedMembers(deps.db, ctx.org.orgId, programId)).map((r) => ({ person: { id: r.personId, name: r.name }, departmentId: r.departmentId, preferredGroupIds: r.preferredGroupIds, availability: r.availability }));
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
  const counts = await groups.placeCounts(deps.db, rows.map((g) => g.id));
  const free = new Map(rows.map((g) => [g.id, counts.get(g.id)!.waiting > 0 ? 0 : g.maxMembers - counts.get(g.id)!.member - counts.get(g.id)!.offered]));
  const placed = new Set<string>();
  for (const g of rows) for (const m of await repo.currentMembers(deps.db, g.id)) placed.add(m.id);
  const interested = (await repo.interestedMembers(deps.db, ctx.org.orgId, programId)).filter((p) => !placed.has(p.personId));
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
  const forbids = interested.flatMap((p) => groupsWithRoom.filter((g) => !isEligible(g.eligibility, p)).map((g) => ({ mentor: g.id, mentee: p.personId })));
  const anyCandidate = members.some((m) => candidates.some((g) => m.availability.includes(g.timeSlot)));
  const result = anyCandidate ? allocateGroups(members, candidates, { forbids }) : null;

  const name = new Map(interested.map((p) => [p.personId, p.name]));
  const groupName = new Map(rows.map((g) => [g.id, g.name]));
  const placements = (result?.pairs ?? []).map((p) => ({ person: { id: p.mentee, name: name.get(p.mentee)! }, group: { id: p.mentor, name: groupName.get(p.mentor)! }, score: p.score }));
  const unplaced = result
    ? result.unmatched.map((u) => ({ person: { id: u.mentee, name: name.get(u.mentee)! }, reason: REASONS[u.reason] }))
    : interested.map((p) => ({ person: { id: p.personId, name: p.name }, reason: groupsWithRoom.length ? REASONS.no_eligible_mentor : 'No group of the program has a free place' }));
  if (apply && placements.length) await place(deps, ctx, programId, placements);
  return { placements, unplaced, applied: apply && placements.length > 0 };
}

async function place(deps: AppDeps, ctx: RequestContext, programId: string, placements: { person: { id: string }; group: { id: string; name: string } }[]) {
  await inTransaction(deps.database, async (scope) => {
    // Locks taken in one order (by group id), so two allocations at once cannot deadlock.
    for (const groupId of [...new Set(placements.map((p) => p.group.id))].sort()) {
      const group = await groups.lockGroup(scope.db, ctx.org.orgId, groupId);
      let room = group!.maxMembers - (await repo.takenPlaces(scope.db, groupId));
      for (const p of placements.filter((x) => x.group.id === groupId)) {
        const existing = await repo.currentMembership(scope.db, groupId, p.person.id);
        if (existing) continue;
        await repo.insertMembership(scope.db, { orgId: ctx.org.orgId, groupId, personId: p.person.id, status: room > 0 ? 'member' : 'waiting' });
        room -= 1;
      }
    }
    await repo.deleteInterest(scope.db, ctx.org.orgId, programId, placements.map((p) => p.person.id));
    const people = await contactsOf(scope.db, placements.map((p) => p.person.id));
    const link = (groupId: string) => `/o/${ctx.org.orgId}/groups/${groupId}`;
    await notify(scope.db, ctx.org.orgId, placements.map((p) => ({ personId: p.person.id, title: `You have a place in ${p.group.name}`, body: 'Your peer support group: see when it meets and say whether you can come.', link: link(p.group.id) })));
    await queueMails(
      deps.jobs,
      placements.map((p) => ({
        to: people.get(p.person.id)!.email,
        subject: `You have a place in ${p.group.name}`,
        text: `Hello ${people.get(p.person.id)!.name},\n\nYou asked to join a peer support group, and you have a place in "${p.group.name}". Its sessions, where it meets and a calendar to add them to are here: ${deps.config.appUrl}${link(p.group.id)}\n\nIf it no longer suits you, you can leave at any time; the place goes to someone waiting.\n`,
      })),
      scope.client,
    );
  });
}
