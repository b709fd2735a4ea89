import { inTransaction } from '#db/transaction.ts';
import type { ContactChoice, EventFlag, EventOfferForMe, MyRequest } from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { spelledDate } from '../../spelled-date.ts';
import { AppError, badRequest, conflict, notFound } from '../../errors.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { orgToday } from '../organisation/index.ts';
import { contactsOf } from '../people/index.ts';
import { myRequest, openRequest } from './asking.ts';
import { membersAmong } from './debrief-repo.ts';
import * as repo from './outreach-repo.ts';
import { programFor } from './program-repo.ts';

// Reaching out after a serious event (issue 13 step 5). Nobody but the person learns whether they took the offer up
// (docs/privacy.md, "Talk to a peer"): the flag's author, the lead and every report see only how many offers went out.

const toFlag = (f: repo.FlagRecord): EventFlag => ({
  id: f.id,
  eventOn: f.eventOn,
  offersSent: f.offersSent,
  createdAt: f.createdAt.toISOString(),
});

const formatUntil = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-AU', { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric' })
    .format(at)
    .replace(', ', ' at ');

/** The safety team flags who was involved; each gets a private, gentle offer of a peer at once. */
export async function flagEvent(
  deps: AppDeps,
  ctx: RequestContext,
  body: { eventOn: string; personIds: string[] },
): Promise<EventFlag> {
  const orgId = ctx.org.orgId;
  if (body.eventOn > (await orgToday(deps.db, orgId))) throw badRequest('eventOn', 'The event cannot be in the future');
  const personIds = [...new Set(body.personIds)];
  const found = await membersAmong(deps.db, { orgId, personIds });
  if (personIds.some((id) => !found.has(id))) throw new AppError('not_found', 'That person was not found', 'personIds');
  return inTransaction(deps.database, async (scope) => {
    const program = await programFor(scope.db, orgId);
    const { flagId, offers } = await repo.insertFlagWithOffers(scope.db, {
      orgId,
      flaggedBy: ctx.person.id,
      eventOn: body.eventOn,
      personIds,
      offerHours: program.eventOfferHours,
    });
    const link = `/o/${orgId}/talk`;
    await notify(
      scope.db,
      orgId,
      offers.map((o) => ({
        personId: o.personId,
        title: 'A peer is here if you want one',
        body: 'After what happened recently, you can talk to a trained peer. Take it up or decline with one tap.',
        link,
      })),
    );
    const people = await contactsOf(scope.db, personIds);
    await queueMails(
      deps.jobs,
      offers.map((o) => ({
        to: people.get(o.personId)!.email,
        subject: 'A peer is here if you want one',
        text:
          `Hello ${people.get(o.personId)!.name},\n\n` +
          `Events like the one on ${spelledDate(body.eventOn)} stay with people, and it can help to talk them over with a trained ` +
          `peer: someone who does your kind of work, who listens, and who is not assessing you.\n\n` +
          `If you would like that, say how to reach you and a peer will be in touch today. If not, decline with one ` +
          `tap; nobody is told either way, and nothing goes into any assessment or file. The offer stays open until ` +
          `${formatUntil(o.expiresAt, ctx.org.timeZone)}.\n\n${deps.config.appUrl}${link}\n`,
      })),
      scope.client,
    );
    return toFlag((await repo.findFlag(scope.db, orgId, flagId))!);
  });
}

export async function flagsRaisedBy(deps: AppDeps, ctx: RequestContext): Promise<EventFlag[]> {
  return (await repo.flagsBy(deps.db, ctx.org.orgId, ctx.person.id)).map(toFlag);
}

/** The open offers of a peer made to the caller after an event (only theirs). */
export async function eventOffersFor(deps: AppDeps, ctx: RequestContext): Promise<EventOfferForMe[]> {
  const offers = await repo.openOffersOf(deps.db, ctx.org.orgId, ctx.person.id);
  return offers.map((o) => ({ id: o.id, eventOn: o.eventOn, expiresAt: o.expiresAt.toISOString() }));
}

/** Why an offer the person did not answer just now was no longer open to answer. */
async function notOpen(deps: AppDeps, key: { orgId: string; offerId: string; personId: string }): Promise<AppError> {
  const offer = await repo.offerOf(deps.db, key);
  if (!offer) return notFound('That offer');
  if (offer.response === 'accepted' || offer.response === 'declined')
    return conflict('already_answered', 'You have already answered this offer');
  return conflict('offer_lapsed');
}

/** The person takes the offer up: a request is opened for them at once, as urgent as 'today'. */
export async function acceptEventOffer(
  deps: AppDeps,
  ctx: RequestContext,
  offerId: string,
  choice: ContactChoice,
): Promise<MyRequest> {
  const key = { orgId: ctx.org.orgId, offerId, personId: ctx.person.id };
  const opened = await inTransaction(deps.database, async (scope) => {
    if (!(await repo.answerOffer(scope.db, key, 'accepted'))) return null;
    const request = await openRequest(deps, scope, {
      orgId: ctx.org.orgId,
      requesterId: ctx.person.id,
      topic: 'adverse_event',
      urgency: 'today',
      contactMethod: choice.contactMethod,
      contactDetail: choice.contactDetail ?? null,
      anonymous: choice.anonymous,
      notMyDepartment: false,
      similarStage: false,
      origin: 'event_offer',
    });
    await repo.linkRequest(scope.db, key, request.id);
    return request;
  });
  if (!opened) throw await notOpen(deps, key);
  return myRequest(deps, ctx, opened.id);
}

/** One tap, no questions. Declining again is the same answer; an offer already taken up stays taken up. */
export async function declineEventOffer(deps: AppDeps, ctx: RequestContext, offerId: string): Promise<void> {
  const key = { orgId: ctx.org.orgId, offerId, personId: ctx.person.id };
  if (await repo.answerOffer(deps.db, key, 'declined')) return;
  const offer = await repo.offerOf(deps.db, key);
  if (!offer) throw notFound('That offer');
  if (offer.response === 'accepted') throw conflict('already_answered', 'You have already taken this offer up');
}

/** The job: offers nobody answered in time lapse (they leave the person's page; nobody else is told). */
export async function lapseEventOffers(deps: AppDeps): Promise<{ lapsed: number }> {
  return { lapsed: await repo.lapseExpiredOffers(deps.db) };
}
