import type { z } from 'zod';
import type { EventFlag, ZEventFlagBody } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peerSupportKey } from './query-keys.ts';

export type EventFlagBody = z.output<typeof ZEventFlagBody>;

/** Flags people involved in a serious event: each gets a private offer of a peer that only they see. */
export function flagEvent(orgId: string, body: EventFlagBody): Promise<EventFlag> {
  return api(`/api/orgs/${orgId}/peer-support/event-flags`, { method: 'POST', body });
}

export function useFlagEvent(orgId: string) {
  return useInvalidatingMutation((body: EventFlagBody) => flagEvent(orgId, body), peerSupportKey(orgId));
}
