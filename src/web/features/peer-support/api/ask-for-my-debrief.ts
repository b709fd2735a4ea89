import type { ContactChoice } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peerSupportKey } from './query-keys.ts';

/** A supporter asks for a debrief for themselves: a request like any other, followed on the member's side. */
export function askForMyDebrief(orgId: string, body: ContactChoice): Promise<{ id: string }> {
  return api(`/api/orgs/${orgId}/peer-support/me/debrief`, { method: 'POST', body });
}

export function useAskForMyDebrief(orgId: string) {
  return useInvalidatingMutation((body: ContactChoice) => askForMyDebrief(orgId, body), peerSupportKey(orgId));
}
