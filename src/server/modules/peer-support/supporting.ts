import { inTransaction } from '#db/transaction.ts';
import type { SupporterInbox, SupporterRequest, LengthBand, Outcome } from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { queueMails } from '../mail/index.ts';
import { notify, withdrawUnreadNotifications } from '../notifications/index.ts';
import { contactsOf } from '../people/index.ts';
import { programFor } from './program-repo.ts';
import { requesterLink } from './routing-mails.ts';
import * as repo from './supporting-repo.ts';
import type { SupportedRequest } from './supporting-repo.ts';

/** How far ahead a supporter may promise to make contact. */
const CONTACT_BY_HOURS = 24;
/** A "by" time a little in the past is a clock a minute apart, not a broken promise. */
const CLOCK_SLACK_MS = 2 * 60_000;

const iso = (at: Date | null) => at?.toISOString() ?? null;

/**
 * What a supporter may see of a request (the contract on ZSupporterRequest): before they take it, what it is about
 * and how; once they took it, who (an anonymous requester only by alias) and how to reach them (never for an
 * anonymous one: chat only). Never the requester's person id or e-mail (docs/privacy.md, "Talk to a peer").
 */
export function supporterView(request: SupportedRequest, personId: string): SupporterRequest {
  const mine = request.claimedBy === personId;
  const identified = mine && request.erasedAt === null;
  return {
    id: request.id,
    topic: request.topic,
    urgency: request.urgency,
    contactMethod: request.contactMethod,
    notMyDepartment: request.notMyDepartment,
    similarStage: request.similarStage,
    anonymous: request.anonymous,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    claimedByMe: mine,
    requesterDisplay: identified ? (request.anonymous ? (request.alias ?? 'Anonymous') : request.requesterName) : null,
    contactDetail: identified && !request.anonymous ? request.contactDetail : null,
    contactBy: mine ? iso(request.contactBy) : null,
    firstContactAt: mine ? iso(request.firstContactAt) : null,
    closedAt: mine ? iso(request.closedAt) : null,
    outcome: mine ? request.outcome : null,
    lengthBand: mine ? request.lengthBand : null,
    followUpAt: mine ? iso(request.followUpAt) : null,
    followUpRequestedAt: mine ? iso(request.followUpRequestedAt) : null,
    followUpDoneAt: mine ? iso(request.followUpDoneAt) : null,
  };
}

type Ids = { requestId: string };
const idsOf = (ctx: RequestContext, requestId: string) => ({
  orgId: ctx.org.orgId,
  requestId,
  personId: ctx.person.id,
});

/** The request as this caller may see it, or 404 when it was neither offered to them nor taken by them. */
async function findForCaller(db: AppDeps['db'], ctx: RequestContext, requestId: string): Promise<SupportedRequest> {
  const request = await repo.requestForSupporter(db, idsOf(ctx, requestId));
  if (!request) throw notFound('That request');
  return request;
}

/** Only the supporter who took a request acts on it, and only while it is open. */
function mustBeOpenAndMine(request: SupportedRequest, personId: string) {
  if (request.status === 'cancelled') throw conflict('request_closed');
  if (request.claimedBy !== personId) throw conflict('not_claimed_by_you');
  if (request.status !== 'claimed') throw conflict('request_closed');
}

/** Requests waiting for this caller (offered to them) and those they took; anyone may be offered one. */
export async function inbox(deps: AppDeps, ctx: RequestContext): Promise<SupporterInbox> {
  const program = await programFor(deps.db, ctx.org.orgId);
  const who = { orgId: ctx.org.orgId, personId: ctx.person.id };
  const [offered, mine] = await Promise.all([
    repo.offeredRequests(deps.db, who),
    repo.takenRequests(deps.db, { ...who, followUpHours: program.followUpHours }),
  ]);
  return {
    offered: offered.map((r) => supporterView(r, ctx.person.id)),
    mine: mine.map((r) => supporterView(r, ctx.person.id)),
  };
}

/** One request offered to or taken by the caller. */
export async function supporterRequest(deps: AppDeps, ctx: RequestContext, requestId: string) {
  return supporterView(await findForCaller(deps.db, ctx, requestId), ctx.person.id);
}

/** "14:05" in the organisation's time zone, with its day when that is not today ("14:05 on Tue, 3 Mar"). */
export function clockTime(at: Date, timeZone: string, now = new Date()): string {
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const day = new Intl.DateTimeFormat('en-AU', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  return time.format(at) + (day.format(at) === day.format(now) ? '' : ` on ${day.format(at)}`);
}

/**
 * Takes a waiting request offered to the caller, promising contact by `contactBy`. Exactly one of any number of
 * supporters claiming at once wins (one conditional UPDATE); the others get 409 already_claimed. The requester
 * learns who and by when; the others offered it no longer see it waiting.
 */
export async function claim(
  deps: AppDeps,
  ctx: RequestContext,
  { requestId, contactBy }: Ids & { contactBy: string },
): Promise<SupporterRequest> {
  const at = new Date(contactBy);
  return inTransaction(deps.database, async (scope) => {
    const ids = idsOf(ctx, requestId);
    await findForCaller(scope.db, ctx, requestId);
    const now = Date.now();
    if (at.getTime() < now - CLOCK_SLACK_MS || at.getTime() > now + CONTACT_BY_HOURS * 3_600_000) {
      throw badRequest('contactBy', `Choose a time from now to ${CONTACT_BY_HOURS} hours ahead`);
    }
    const won = await repo.claimRequest(scope.db, { ...ids, contactBy: at });
    // Read after the UPDATE: a loser's UPDATE waited for the winner's to commit, so this sees who won.
    const request = await findForCaller(scope.db, ctx, requestId);
    if (!won) {
      // A second click of the one who took it is answered with what they already have.
      if (request.status === 'claimed' && request.claimedBy === ctx.person.id) {
        return supporterView(request, ctx.person.id);
      }
      throw conflict(request.status === 'claimed' ? 'already_claimed' : 'request_closed');
    }
    if (request.requesterId) {
      const firstName = ctx.person.name.split(' ')[0] ?? ctx.person.name;
      const promise = `${firstName} will contact you by ${clockTime(at, ctx.org.timeZone)}`;
      const link = requesterLink({ orgId: ctx.org.orgId, id: requestId });
      await notify(scope.db, ctx.org.orgId, [
        { personId: request.requesterId, title: promise, body: 'A trained peer has taken your request.', link },
      ]);
      const requester = (await contactsOf(scope.db, [request.requesterId])).get(request.requesterId);
      if (requester) {
        await queueMails(
          deps.jobs,
          [
            {
              to: requester.email,
              subject: promise,
              text:
                `Hello ${requester.name},\n\nA trained peer supporter has taken your request to talk. ` +
                `${promise}.\n\nYou can see where it stands, or cancel it, here:\n` +
                `${deps.config.appUrl}${link}\n`,
            },
          ],
          scope.client,
        );
      }
    }
    const others = await repo.otherOffered(scope.db, { ...ids, exceptPersonId: ctx.person.id });
    await withdrawUnreadNotifications(scope.db, { orgId: ids.orgId, linkPart: ids.requestId, personIds: others });
    return supporterView(request, ctx.person.id);
  });
}

/** The supporter reached the person: the time to first contact is counted to now (once). */
export async function recordFirstContact(deps: AppDeps, ctx: RequestContext, { requestId }: Ids) {
  const request = await findForCaller(deps.db, ctx, requestId);
  mustBeOpenAndMine(request, ctx.person.id);
  await repo.recordFirstContact(deps.db, idsOf(ctx, requestId));
  return supporterView(await findForCaller(deps.db, ctx, requestId), ctx.person.id);
}

/**
 * Closes a request with a record that holds no content (DESIGN.md rule 6: notes never ask for case details): the
 * outcome, a rough length, and for a booked follow-up its time, within the program's follow-up window.
 */
export async function close(
  deps: AppDeps,
  ctx: RequestContext,
  {
    requestId,
    outcome,
    lengthBand,
    followUpAt,
  }: Ids & { outcome: Outcome; lengthBand: LengthBand; followUpAt?: string },
): Promise<SupporterRequest> {
  const request = await findForCaller(deps.db, ctx, requestId);
  mustBeOpenAndMine(request, ctx.person.id);
  const program = await programFor(deps.db, ctx.org.orgId);
  const followUp = followUpAt ? new Date(followUpAt) : null;
  if (outcome === 'follow_up_booked') {
    const latest = Date.now() + program.followUpHours * 3_600_000;
    if (!followUp || followUp.getTime() < Date.now() - CLOCK_SLACK_MS || followUp.getTime() > latest) {
      throw badRequest('followUpAt', `Choose a time for the follow-up within ${program.followUpHours} hours`);
    }
  } else if (followUp) {
    throw badRequest('followUpAt', 'Only a booked follow-up has a time');
  }
  await inTransaction(deps.database, async (scope) => {
    await repo.closeRequest(scope.db, idsOf(ctx, requestId), { outcome, lengthBand, followUpAt: followUp });
    if (request.requesterId) {
      await notify(scope.db, ctx.org.orgId, [
        {
          personId: request.requesterId,
          title: followUp ? 'Your follow-up is booked' : 'Your conversation with a peer is closed',
          body: followUp
            ? `Your supporter will be back in touch by ${clockTime(followUp, ctx.org.timeZone)}.`
            : `If you would like to talk again, you can ask for a follow-up within ${program.followUpHours} hours.`,
          link: requesterLink({ orgId: ctx.org.orgId, id: requestId }),
        },
      ]);
    }
  });
  return supporterView(await findForCaller(deps.db, ctx, requestId), ctx.person.id);
}

/** The follow-up (booked at closing, or asked for by the requester since) has taken place. */
export async function recordFollowUpDone(deps: AppDeps, ctx: RequestContext, { requestId }: Ids) {
  const request = await findForCaller(deps.db, ctx, requestId);
  if (request.status === 'cancelled') throw conflict('request_closed');
  if (request.claimedBy !== ctx.person.id) throw conflict('not_claimed_by_you');
  if (request.status !== 'closed') throw conflict('conflict', 'Close the request first; a follow-up comes after');
  if (!request.followUpAt && !request.followUpRequestedAt) {
    throw conflict('conflict', 'No follow-up was booked or asked for');
  }
  if (!request.followUpDoneAt) await repo.markFollowUpDone(deps.db, idsOf(ctx, requestId));
  return supporterView(await findForCaller(deps.db, ctx, requestId), ctx.person.id);
}
