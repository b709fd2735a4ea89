import type { ContactChoice, MyRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useOpeningMutation } from './opening-mutation.ts';

/** Takes up the private offer of a peer after an event: it becomes a request, reached the way chosen. */
export function acceptEventOffer(orgId: string, offerId: string, body: ContactChoice): Promise<MyRequest> {
  return api(`/api/orgs/${orgId}/talk/event-offers/${offerId}/accept`, { method: 'POST', body });
}

export function useAcceptEventOffer(orgId: string) {
  return useOpeningMutation(orgId, ({ offerId, choice }: { offerId: string; choice: ContactChoice }) =>
    acceptEventOffer(orgId, offerId, choice),
  );
}
