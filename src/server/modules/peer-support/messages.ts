import { inTransaction } from '#db/transaction.ts';
import type { z } from 'zod';
import type { ZRequestMessage } from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { conflict, notFound } from '../../errors.ts';
import { hasUnreadNotification, notify } from '../notifications/index.ts';
import * as repo from './message-repo.ts';
import { requestForSupporter } from './supporting-repo.ts';
import { requesterLink, supporterLink } from './routing-mails.ts';

type RequestMessage = z.infer<typeof ZRequestMessage>;

/** Which side of the conversation the caller speaks for: the person who asked, or the supporter who took it. */
export type ChatSide = 'requester' | 'supporter';

type ChatInput = { requestId: string; side: ChatSide };

/**
 * The request, if the caller may chat on it from this side: the requester, or the supporter who took it, and never
 * once it is erased (the messages went with the requester's details). Anyone else: 404, or to another supporter
 * offered it, 409 not_claimed_by_you.
 */
async function chatFor(deps: AppDeps, ctx: RequestContext, { requestId, side }: ChatInput) {
  const ids = { orgId: ctx.org.orgId, requestId };
  if (side === 'supporter') {
    const offered = await requestForSupporter(deps.db, { ...ids, personId: ctx.person.id });
    if (!offered) throw notFound('That request');
    if (offered.claimedBy !== ctx.person.id) throw conflict('not_claimed_by_you');
  }
  const request = await repo.chatRequest(deps.db, ids);
  if (!request || (side === 'requester' && request.requesterId !== ctx.person.id)) throw notFound('That request');
  if (request.erasedAt) throw conflict('request_closed');
  return request;
}

const view = (side: ChatSide, message: repo.ChatMessage): RequestMessage => ({
  id: message.id,
  from: message.fromSupporter === (side === 'supporter') ? 'you' : message.fromSupporter ? 'supporter' : 'requester',
  body: message.body,
  createdAt: message.createdAt.toISOString(),
});

/** The conversation between the requester and their supporter; empty until someone takes the request. */
export async function listMessages(deps: AppDeps, ctx: RequestContext, input: ChatInput) {
  const request = await chatFor(deps, ctx, input);
  if (request.status === 'waiting') return { messages: [] };
  const messages = await repo.messagesOf(deps.db, { orgId: ctx.org.orgId, requestId: request.id });
  return { messages: messages.map((m) => view(input.side, m)) };
}

/**
 * Sends a message to the other side, who is told in-app that there is one: never what it says, since a
 * notification is read on a lock screen and kept in lists (docs/privacy.md, "Talk to a peer").
 */
export async function sendMessage(
  deps: AppDeps,
  ctx: RequestContext,
  input: ChatInput & { body: string },
): Promise<RequestMessage> {
  const request = await chatFor(deps, ctx, input);
  if (request.status === 'waiting') throw conflict('conflict', 'Chat opens once a supporter has taken the request');
  if (request.status === 'cancelled') throw conflict('request_closed');
  const fromSupporter = input.side === 'supporter';
  return inTransaction(deps.database, async ({ db }) => {
    const orgId = ctx.org.orgId;
    const message = await repo.addMessage(db, { orgId, requestId: request.id, fromSupporter, body: input.body });
    const to = fromSupporter ? request.requesterId : request.claimedBy;
    const link = fromSupporter ? requesterLink({ orgId, id: request.id }) : supporterLink({ orgId, id: request.id });
    if (to && !(await hasUnreadNotification(db, { orgId, personId: to, link, titleStart: 'New message' }))) {
      await notify(db, orgId, [
        {
          personId: to,
          title: fromSupporter ? 'New message from your supporter' : 'New message about a request you took',
          body: 'Open the conversation to read it.',
          link,
        },
      ]);
    }
    return view(input.side, message);
  });
}
