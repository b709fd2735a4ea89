import type { z } from 'zod';
import type { ZRequestMessage } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { requestMessagesKey, requestMessagesPath, type ChatSide } from './get-request-messages.ts';

export type RequestMessage = z.output<typeof ZRequestMessage>;

/** Writes in the request's chat, as the person who asked or as their supporter. */
export function sendRequestMessage(
  orgId: string,
  requestId: string,
  side: ChatSide,
  body: string,
): Promise<RequestMessage> {
  return api(requestMessagesPath(orgId, requestId, side), { method: 'POST', body: { body } });
}

export function useSendRequestMessage(orgId: string, requestId: string, side: ChatSide) {
  return useInvalidatingMutation(
    (body: string) => sendRequestMessage(orgId, requestId, side, body),
    requestMessagesKey(orgId, requestId, side),
  );
}
