import type { Debrief } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peerSupportKey } from './query-keys.ts';

/** Calls a debrief off; whoever was invited is told. */
export function cancelDebrief(orgId: string, debriefId: string): Promise<Debrief> {
  return api(`/api/orgs/${orgId}/peer-support/debriefs/${debriefId}/cancel`, { method: 'POST' });
}

export function useCancelDebrief(orgId: string) {
  return useInvalidatingMutation((debriefId: string) => cancelDebrief(orgId, debriefId), peerSupportKey(orgId));
}
