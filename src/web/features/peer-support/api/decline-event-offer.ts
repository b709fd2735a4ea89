import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { talkKey } from './query-keys.ts';

/** Declines the offer with one tap; nobody else learns the answer. */
export function declineEventOffer(orgId: string, offerId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/talk/event-offers/${offerId}/decline`, { method: 'POST' });
}

export function useDeclineEventOffer(orgId: string) {
  return useInvalidatingMutation((offerId: string) => declineEventOffer(orgId, offerId), talkKey(orgId));
}
