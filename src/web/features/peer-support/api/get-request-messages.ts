import { useQuery, type QueryKey } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZRequestMessages } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { myRequestKey, supporterRequestKey } from './query-keys.ts';

export type RequestMessages = z.output<typeof ZRequestMessages>;
/** The chat of one request, from the side of the person who asked or of the supporter who took it. */
export type ChatSide = 'requester' | 'supporter';

const POLL_MS = 10_000;

export function requestMessagesPath(orgId: string, requestId: string, side: ChatSide): string {
  return side === 'requester'
    ? `/api/orgs/${orgId}/talk/requests/${requestId}/messages`
    : `/api/orgs/${orgId}/peer-support/requests/${requestId}/messages`;
}

export function requestMessagesKey(orgId: string, requestId: string, side: ChatSide): QueryKey {
  const request = side === 'requester' ? myRequestKey(orgId, requestId) : supporterRequestKey(orgId, requestId);
  return [...request, 'messages'];
}

export function getRequestMessages(orgId: string, requestId: string, side: ChatSide): Promise<RequestMessages> {
  return api(requestMessagesPath(orgId, requestId, side));
}

/** Asked again every 10 seconds while the chat is open (the chat is text only, and not realtime yet). */
export function useRequestMessages(orgId: string, requestId: string, side: ChatSide, open: boolean) {
  return useQuery({
    queryKey: requestMessagesKey(orgId, requestId, side),
    queryFn: () => getRequestMessages(orgId, requestId, side),
    select: (data) => data.messages,
    refetchInterval: open ? POLL_MS : false,
  });
}
