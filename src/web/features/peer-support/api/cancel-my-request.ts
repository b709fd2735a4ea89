import type { MyRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { talkKey } from './query-keys.ts';

/** Withdraws a request that no one has finished with; the supporter who took it is told. */
export function cancelMyRequest(orgId: string, requestId: string): Promise<MyRequest> {
  return api(`/api/orgs/${orgId}/talk/requests/${requestId}/cancel`, { method: 'POST' });
}

export function useCancelMyRequest(orgId: string, requestId: string) {
  return useInvalidatingMutation(() => cancelMyRequest(orgId, requestId), talkKey(orgId));
}
