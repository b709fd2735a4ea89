import type { SupporterRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { supportingKey } from './query-keys.ts';

/** Records that the follow-up took place. */
export function recordFollowUpDone(orgId: string, requestId: string): Promise<SupporterRequest> {
  return api(`/api/orgs/${orgId}/peer-support/requests/${requestId}/follow-up-done`, { method: 'POST' });
}

export function useRecordFollowUpDone(orgId: string, requestId: string) {
  return useInvalidatingMutation(() => recordFollowUpDone(orgId, requestId), supportingKey(orgId));
}
