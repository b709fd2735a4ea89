import { useQuery } from '@tanstack/react-query';
import type { SupporterRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { supporterRequestKey } from './query-keys.ts';

/** One request as a supporter offered it, or who took it, sees it: what they need and nothing more. */
export function getSupporterRequest(orgId: string, requestId: string): Promise<SupporterRequest> {
  return api(`/api/orgs/${orgId}/peer-support/requests/${requestId}`);
}

const POLL_MS = 30_000;

/** Asked again every 30 seconds while open: the person may withdraw it, or another supporter take it first. */
export function useSupporterRequest(orgId: string, requestId: string) {
  return useQuery({
    queryKey: supporterRequestKey(orgId, requestId),
    queryFn: () => getSupporterRequest(orgId, requestId),
    refetchInterval: (query) =>
      query.state.data && (query.state.data.status === 'waiting' || query.state.data.status === 'claimed')
        ? POLL_MS
        : false,
  });
}
