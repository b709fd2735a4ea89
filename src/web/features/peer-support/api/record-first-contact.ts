import type { SupporterRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { supportingKey } from './query-keys.ts';

/** Records that the supporter has reached the person: the time to first contact the program reports. */
export function recordFirstContact(orgId: string, requestId: string): Promise<SupporterRequest> {
  return api(`/api/orgs/${orgId}/peer-support/requests/${requestId}/first-contact`, { method: 'POST' });
}

export function useRecordFirstContact(orgId: string, requestId: string) {
  return useInvalidatingMutation(() => recordFirstContact(orgId, requestId), supportingKey(orgId));
}
