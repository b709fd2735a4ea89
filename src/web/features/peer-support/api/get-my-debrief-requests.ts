import { useQuery } from '@tanstack/react-query';
import type { Debrief, EventFlag } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { debriefRequestsKey } from './lead-query-keys.ts';

/** The debriefs the signed-in person asked for: status, time, and how many came (never who). */
export function getMyDebriefRequests(orgId: string): Promise<{ debriefs: Debrief[] }> {
  return api(`/api/orgs/${orgId}/peer-support/debriefs/requested`);
}

/** The serious events the signed-in person flagged: how many offers went out, never who took one up. */
export function getMyEventFlags(orgId: string): Promise<{ flags: EventFlag[] }> {
  return api(`/api/orgs/${orgId}/peer-support/event-flags`);
}

export function useMyDebriefRequests(orgId: string) {
  return useQuery({
    queryKey: [...debriefRequestsKey(orgId), 'debriefs'],
    queryFn: () => getMyDebriefRequests(orgId),
  });
}

export function useMyEventFlags(orgId: string) {
  return useQuery({ queryKey: [...debriefRequestsKey(orgId), 'flags'], queryFn: () => getMyEventFlags(orgId) });
}
