import { inTransaction, type TransactionScope } from '#db/transaction.ts';
import type { Membership } from '#shared/contracts/groups.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, conflict, notFound } from '../../errors.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import * as groups from './group-repo.ts';
import * as repo from './membership-repo.ts';
import { dropFutureRsvps } from './session-repo.ts';
import { isClosed, isEligible } from './eligibility.ts';
import { orgToday } from '../organisation/index.ts';
import { contactsOf } from '../people/index.ts';
import { groupsClosedByRelations, isClosedByRelations } from './no-assessor.ts';

/** A freed place is held for the first in line this long; then it passes to the next. */
export const OFFER_HOURS = 48;

type Scope = Pick<TransactionScope, 'db' | 'client'>;

const link = (orgId: string, groupId: string) => `/o/${orgId}/groups/${groupId}`;

/** Not in the group, nor waiting, nor offered a place. */
export const NOT_IN_GROUP: Membership = { status: 'none', waitlistPosition: null, offerExpiresAt: null };

/** Where a membership row leaves its person: member, waiting (with their place in line), offered, or none. */
async function standing(db: Scope['db'], membership: repo.GroupMembership | null): Promise<Membership> {
  if (!membership || membership.status === 'left') return NOT_IN_GROUP;
  const position =
    membership.status === 'waiting'
      ? (await repo.waitingList(db, membership.groupId)).findIndex((w) => w.id === membership.id) + 1
      : null;
  return {
    status: membership.status,
    waitlistPosition: position,
    offerExpiresAt: membership.offerExpiresAt?.toISOString() ?? null,
  };
}

/** Where the person stands in the group. */
export async function membershipOf(db: Scope['db'], groupId: string, personId: string): Promise<Membership> {
  return standing(db, await repo.currentMembership(db, groupId, personId));
}

/** Where the person stands in each group of these current memberships of theirs. */
export async function membershipsFrom(
  db: Scope['db'],
  current: repo.GroupMembership[],
): Promise<Map<string, Membership>> {
  const result = new Map<string, Membership>();
  for (const membership of current) result.set(membership.groupId, await standing(db, membership));
  return result;
}

/**
 * Offers every free place to the wait-list, first in line first, within the caller's transaction
 * (which holds the group's lock). Offered places count as taken, so nobody can slip past the line.
 */
export async function offerFreedPlaces(deps: AppDeps, scope: Scope, group: groups.Group): Promise<number> {
  const free = group.maxMembers - (await repo.takenPlaces(scope.db, group.id));
  if (free <= 0) return 0;
  // Someone waiting who has since become related to someone in the group (no-assessor rule) is passed over.
  const waiting = await repo.waitingList(scope.db, group.id);
  const closed = await groupsClosedByRelations(scope.db, {
    orgId: group.orgId,
    personIds: waiting.map((w) => w.personId),
    groupIds: [group.id],
  });
  const next = waiting.filter((w) => closed.get(w.personId)!.size === 0).slice(0, free);
  if (next.length === 0) return 0;
  for (const w of next) await repo.offerPlace(scope.db, w.id, OFFER_HOURS);
  const people = await contactsOf(
    scope.db,
    next.map((w) => w.personId),
  );
  const url = `${deps.config.appUrl}${link(group.orgId, group.id)}`;
  await notify(
    scope.db,
    group.orgId,
    next.map((w) => ({
      personId: w.personId,
      title: `A place in ${group.name} is yours`,
      body: `Accept it within ${OFFER_HOURS} hours, or it passes to the next person waiting.`,
      link: link(group.orgId, group.id),
    })),
  );
  await queueMails(
    deps.jobs,
    next.map((w) => ({
      to: people.get(w.personId)!.email,
      subject: `A place in ${group.name} is yours if you want it`,
      text:
        `Hello ${people.get(w.personId)!.name},\n\nA place has come free in the peer support group "${group.name}", ` +
        `and you are first on the wait-list. Accept it within ${OFFER_HOURS} hours; after that it is offered ` +
        `to the next person waiting.\n\n${url}\n`,
    })),
    scope.client,
  );
  return next.length;
}

/**
 * Joins the group, or its wait-list when the group is full (or others are already waiting). The group
 * row is locked first, so ten people claiming the last place at once are served one after another:
 * exactly one gets it, the others join the wait-list in the order they got the lock.
 */
export async function join(deps: AppDeps, ctx: RequestContext, groupId: string): Promise<Membership> {
  const today = await orgToday(deps.db, ctx.org.orgId);
  return inTransaction(deps.database, async ({ db }) => {
    const group = await groups.lockGroup(db, ctx.org.orgId, groupId);
    if (!group) throw notFound('That group');
    const current = await repo.currentMembership(db, groupId, ctx.person.id);
    // A group holding someone the person is related to (no-assessor rule) is, to them, a group not open to them.
    const me = { orgId: ctx.org.orgId, personId: ctx.person.id, groupId };
    const eligible =
      isEligible(group.eligibility, await groups.findPlacement(db, ctx.org.orgId, ctx.person.id)) &&
      !(await isClosedByRelations(db, me));
    if (!eligible && !current) throw notFound('That group');
    if (current)
      throw conflict(
        'already_joined',
        current.status === 'waiting' ? 'You are already on the wait-list' : 'You are already in this group',
      );
    if (isClosed(group, today)) throw conflict('group_closed', 'This group has closed');
    if (await groups.isFacilitatorOf(db, me)) throw conflict('is_facilitator', 'You facilitate this group');
    const full = (await repo.takenPlaces(db, groupId)) >= group.maxMembers;
    const someoneWaiting = (await repo.waitingList(db, groupId)).length > 0;
    const status = full || someoneWaiting ? 'waiting' : 'member';
    await repo.insertMembership(db, { orgId: ctx.org.orgId, groupId, personId: ctx.person.id, status });
    // In a group of the program, they no longer wait for the coordinator to place them.
    if (status === 'member') {
      await repo.deleteInterest(db, { orgId: ctx.org.orgId, programId: group.programId, personIds: [ctx.person.id] });
    }
    return membershipOf(db, groupId, ctx.person.id);
  });
}

/** Leaves the group, the wait-list, or declines an offer; a place freed goes to the next in line. */
export async function leave(deps: AppDeps, ctx: RequestContext, groupId: string): Promise<void> {
  await inTransaction(deps.database, async (scope) => {
    const group = await groups.lockGroup(scope.db, ctx.org.orgId, groupId);
    if (!group) throw notFound('That group');
    const current = await repo.currentMembership(scope.db, groupId, ctx.person.id);
    if (!current) throw notFound('Your membership');
    await repo.setStatus(scope.db, current.id, 'left');
    await dropFutureRsvps(scope.db, groupId, ctx.person.id);
    if (current.status !== 'waiting') await offerFreedPlaces(deps, scope, group);
  });
}

export async function acceptOffer(deps: AppDeps, ctx: RequestContext, groupId: string): Promise<Membership> {
  return inTransaction(deps.database, async ({ db }) => {
    const group = await groups.lockGroup(db, ctx.org.orgId, groupId);
    if (!group) throw notFound('That group');
    const current = await repo.currentMembership(db, groupId, ctx.person.id);
    if (!current || current.status !== 'offered')
      throw new AppError('no_offer', 'You have no place on offer in this group');
    if (current.offerExpiresAt && current.offerExpiresAt < new Date())
      throw conflict('offer_lapsed', 'This offer has lapsed');
    if (await isClosedByRelations(db, { orgId: ctx.org.orgId, personId: ctx.person.id, groupId })) {
      throw conflict('group_not_open', 'This group is no longer open to you');
    }
    await repo.setStatus(db, current.id, 'member');
    await repo.deleteInterest(db, { orgId: ctx.org.orgId, programId: group.programId, personIds: [ctx.person.id] });
    return membershipOf(db, groupId, ctx.person.id);
  });
}

/**
 * Run by the scheduled job: an offer not taken up in time lapses (the person leaves the wait-list
 * and is told they can join it again) and the place goes to the next in line. Each group is handled
 * under its lock, so an offer is never both accepted and lapsed.
 */
export async function lapseOffers(deps: AppDeps): Promise<number> {
  const due = await inTransaction(deps.database, ({ db }) => repo.lapsedOffers(db));
  let lapsed = 0;
  for (const groupId of new Set(due.map((d) => d.groupId))) {
    const orgId = due.find((d) => d.groupId === groupId)!.orgId;
    lapsed += await inTransaction(deps.database, async (scope) => {
      const group = await groups.lockGroup(scope.db, orgId, groupId);
      if (!group) return 0;
      const offers = (await repo.lapsedOffers(scope.db)).filter((o) => o.groupId === groupId);
      for (const o of offers) await repo.setStatus(scope.db, o.id, 'left');
      await notify(
        scope.db,
        orgId,
        offers.map((o) => ({
          personId: o.personId,
          title: `Your offer of a place in ${group.name} has lapsed`,
          body: `It was not accepted within ${OFFER_HOURS} hours. You can join the wait-list again at any time.`,
          link: link(orgId, groupId),
        })),
      );
      await offerFreedPlaces(deps, scope, group);
      return offers.length;
    });
  }
  return lapsed;
}
