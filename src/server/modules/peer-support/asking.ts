import { randomInt } from 'node:crypto';
import { inTransaction, type TransactionScope } from '#db/transaction.ts';
import type { z } from 'zod';
import type {
  ContactMethod,
  MyRequest,
  RequestStage,
  RequestTopic,
  Urgency,
  ZAskBody,
} from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict, notFound } from '../../errors.ts';
import { queueMails } from '../mail/index.ts';
import { notify } from '../notifications/index.ts';
import { contactsOf } from '../people/index.ts';
import * as repo from './asking-repo.ts';
import { programFor } from './program-repo.ts';
import { followUpMail, followUpNotice, withdrawnMail, withdrawnNotice } from './routing-mails.ts';
import { routableRequest } from './routing-repo.ts';
import { routeRequests, STEP } from './routing.ts';

/** A request as other parts of this module open one (a debrief's one-to-one, an accepted offer after an event). */
export interface NewRequest {
  orgId: string;
  requesterId: string;
  topic: RequestTopic;
  urgency: Urgency;
  contactMethod: ContactMethod;
  contactDetail: string | null;
  anonymous: boolean;
  notMyDepartment: boolean;
  similarStage: boolean;
  origin: 'asked' | 'debrief' | 'event_offer';
}

const ALIAS_COLOURS = ['Blue', 'Green', 'Amber', 'Silver', 'Scarlet', 'Golden', 'Grey', 'Indigo', 'Olive', 'Coral'];
const ALIAS_BIRDS = ['Heron', 'Wren', 'Kestrel', 'Robin', 'Finch', 'Plover', 'Swift', 'Ibis', 'Egret', 'Lark'];

/** A name for an anonymous requester, such as "Blue Heron": all a supporter ever sees of them. */
function newAlias(): string {
  return `${ALIAS_COLOURS[randomInt(ALIAS_COLOURS.length)]} ${ALIAS_BIRDS[randomInt(ALIAS_BIRDS.length)]}`;
}

/**
 * Stores a request and routes its first step in the caller's transaction, so a request is never stored without
 * being offered to someone (or, when nobody can take it, without its requester being told who to call). The
 * requester's department and career stage are copied onto it for routing; an anonymous request keeps no contact
 * detail (contact only through Kindred) and gets an alias.
 */
export async function openRequest(deps: AppDeps, scope: TransactionScope, input: NewRequest): Promise<{ id: string }> {
  const profile = await repo.requesterProfile(scope.db, { orgId: input.orgId, personId: input.requesterId });
  const id = await repo.insertRequest(scope.db, {
    orgId: input.orgId,
    requesterId: input.requesterId,
    topic: input.topic,
    urgency: input.urgency,
    contactMethod: input.contactMethod,
    contactDetail: input.anonymous ? null : input.contactDetail?.trim() || null,
    notMyDepartment: input.notMyDepartment,
    similarStage: input.similarStage,
    anonymous: input.anonymous,
    alias: input.anonymous ? newAlias() : null,
    requesterDepartmentId: profile.departmentId,
    requesterCareerStage: profile.careerStage,
    origin: input.origin,
  });
  await routeRequests(deps, scope, [await routableRequest(scope.db, id)]);
  return { id };
}

/** Where the request stands, in the requester's words (the contract's REQUEST_STAGES). */
function stageOf(r: repo.OwnRequest): RequestStage {
  if (r.status === 'waiting') return r.step >= STEP.nobodyLeft ? 'nobody_free' : 'finding';
  if (r.status === 'claimed') return r.firstContactAt ? 'contacted' : 'claimed';
  return r.status;
}

export function toMyRequest(r: repo.OwnRequest, followUpHours: number): MyRequest {
  const followUpUntil =
    r.status === 'closed' && r.closedAt && !r.followUpRequestedAt
      ? new Date(r.closedAt.getTime() + followUpHours * 3_600_000)
      : null;
  return {
    id: r.id,
    topic: r.topic,
    urgency: r.urgency,
    contactMethod: r.contactMethod,
    contactDetail: r.contactDetail,
    anonymous: r.anonymous,
    alias: r.alias,
    stage: stageOf(r),
    createdAt: r.createdAt.toISOString(),
    supporterName: r.claimedBy ? r.supporterName : null,
    contactBy: r.contactBy?.toISOString() ?? null,
    firstContactAt: r.firstContactAt?.toISOString() ?? null,
    closedAt: r.closedAt?.toISOString() ?? null,
    followUpAt: r.followUpAt?.toISOString() ?? null,
    followUpUntil: followUpUntil && followUpUntil > new Date() ? followUpUntil.toISOString() : null,
    followUpRequestedAt: r.followUpRequestedAt?.toISOString() ?? null,
  };
}

type Scope = Pick<TransactionScope, 'db'>;

/** The caller's own request; anyone else's (or another organisation's) is not found. */
async function ownRequest(db: Scope['db'], ctx: RequestContext, requestId: string) {
  const request = await repo.findOwnRequest(db, { orgId: ctx.org.orgId, requestId, requesterId: ctx.person.id });
  if (!request) throw notFound('That request');
  return request;
}

/** The member asks to talk to a peer: the request is stored and offered to its first people at once. */
export async function ask(deps: AppDeps, ctx: RequestContext, body: z.infer<typeof ZAskBody>): Promise<MyRequest> {
  return inTransaction(deps.database, async (scope) => {
    const { id } = await openRequest(deps, scope, {
      orgId: ctx.org.orgId,
      requesterId: ctx.person.id,
      topic: body.topic,
      urgency: body.urgency,
      contactMethod: body.contactMethod,
      contactDetail: body.contactDetail ?? null,
      anonymous: body.anonymous,
      notMyDepartment: body.notMyDepartment,
      similarStage: body.similarStage,
      origin: 'asked',
    });
    const program = await programFor(scope.db, ctx.org.orgId);
    return toMyRequest(await ownRequest(scope.db, ctx, id), program.followUpHours);
  });
}

/** The caller's open requests and those closed within the follow-up window, newest first. */
export async function myCurrentRequests(deps: AppDeps, ctx: RequestContext, followUpHours: number) {
  const rows = await repo.ownCurrentRequests(deps.db, {
    orgId: ctx.org.orgId,
    requesterId: ctx.person.id,
    closedWithinHours: followUpHours,
  });
  return rows.map((r) => toMyRequest(r, followUpHours));
}

export async function myRequest(deps: AppDeps, ctx: RequestContext, requestId: string): Promise<MyRequest> {
  const program = await programFor(deps.db, ctx.org.orgId);
  return toMyRequest(await ownRequest(deps.db, ctx, requestId), program.followUpHours);
}

/**
 * The requester withdraws their request, waiting or taken. Whoever it is with is told: everyone it was offered
 * to while it waits, its supporter (also by e-mail, as they may be about to call) once taken.
 */
export async function cancel(deps: AppDeps, ctx: RequestContext, requestId: string): Promise<MyRequest> {
  return inTransaction(deps.database, async (scope) => {
    const orgId = ctx.org.orgId;
    const request = await ownRequest(scope.db, ctx, requestId);
    const cancelled = await repo.cancelOpenRequest(scope.db, { orgId, requestId });
    if (!cancelled) throw conflict('request_closed');
    const told = cancelled.claimedBy ? [cancelled.claimedBy] : await repo.offeredTo(scope.db, { orgId, requestId });
    await notify(
      scope.db,
      orgId,
      told.map((personId) => ({ personId, ...withdrawnNotice(request) })),
    );
    if (cancelled.claimedBy) {
      const supporter = (await contactsOf(scope.db, [cancelled.claimedBy])).get(cancelled.claimedBy);
      if (supporter)
        await queueMails(deps.jobs, [withdrawnMail(deps.config.appUrl, supporter.email, request)], scope.client);
    }
    const program = await programFor(scope.db, orgId);
    return toMyRequest(await ownRequest(scope.db, ctx, requestId), program.followUpHours);
  });
}

/**
 * The requester asks for a follow-up: only once their request is closed, and within the program's follow-up
 * time. Its supporter is told in-app and by e-mail. Asking again changes nothing.
 */
export async function askForFollowUp(deps: AppDeps, ctx: RequestContext, requestId: string): Promise<MyRequest> {
  return inTransaction(deps.database, async (scope) => {
    const orgId = ctx.org.orgId;
    const request = await ownRequest(scope.db, ctx, requestId);
    const program = await programFor(scope.db, orgId);
    if (request.status === 'closed' && request.followUpRequestedAt) return toMyRequest(request, program.followUpHours);
    const marked = await repo.markFollowUpRequested(scope.db, {
      orgId,
      requestId,
      withinHours: program.followUpHours,
    });
    if (!marked)
      throw conflict(
        'follow_up_closed',
        request.status === 'closed' ? undefined : 'A follow-up can be asked for once your conversation is closed',
      );
    if (marked.claimedBy) {
      await notify(scope.db, orgId, [{ personId: marked.claimedBy, ...followUpNotice(request) }]);
      const supporter = (await contactsOf(scope.db, [marked.claimedBy])).get(marked.claimedBy);
      if (supporter)
        await queueMails(deps.jobs, [followUpMail(deps.config.appUrl, supporter.email, request)], scope.client);
    }
    return toMyRequest(await ownRequest(scope.db, ctx, requestId), program.followUpHours);
  });
}
