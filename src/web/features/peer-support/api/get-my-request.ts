import { useQuery } from '@tanstack/react-query';
import type { MyRequest, RequestStage } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { myRequestKey } from './query-keys.ts';

/** Stages in which the request can still move without the requester doing anything. */
const MOVING: readonly RequestStage[] = ['finding', 'nobody_free', 'claimed'];
const POLL_MS = 20_000;

/** One of the signed-in person's own requests; anyone else's is a 404. */
export function getMyRequest(orgId: string, requestId: string): Promise<MyRequest> {
  return api(`/api/orgs/${orgId}/talk/requests/${requestId}`);
}

/** Asked again every 20 seconds while someone is being found or is about to call, so the page keeps up. */
export function useMyRequest(orgId: string, requestId: string) {
  return useQuery({
    queryKey: myRequestKey(orgId, requestId),
    queryFn: () => getMyRequest(orgId, requestId),
    refetchInterval: (query) => (query.state.data && MOVING.includes(query.state.data.stage) ? POLL_MS : false),
  });
}
