import type { SupporterRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { supportingKey } from './query-keys.ts';

/** Takes a waiting request, promising first contact by `contactBy`; a 409 already_claimed if someone was first. */
export function claimRequest(orgId: string, requestId: string, contactBy: string): Promise<SupporterRequest> {
  return api(`/api/orgs/${orgId}/peer-support/requests/${requestId}/claim`, { method: 'POST', body: { contactBy } });
}

export function useClaimRequest(orgId: string) {
  return useInvalidatingMutation(
    ({ requestId, contactBy }: { requestId: string; contactBy: string }) => claimRequest(orgId, requestId, contactBy),
    supportingKey(orgId),
  );
}
