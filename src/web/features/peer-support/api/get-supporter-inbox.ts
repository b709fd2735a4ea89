import { useQuery } from '@tanstack/react-query';
import type { SupporterInbox } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { supportingKey } from './query-keys.ts';

const POLL_MS = 30_000;

/** Requests offered to the signed-in person (the first to claim one gets it) and those they took. */
export function getSupporterInbox(orgId: string): Promise<SupporterInbox> {
  return api(`/api/orgs/${orgId}/peer-support/inbox`);
}

/** Asked again every 30 seconds: a new request must not wait for someone to reload the page. */
export function useSupporterInbox(orgId: string) {
  return useQuery({
    queryKey: [...supportingKey(orgId), 'inbox'],
    queryFn: () => getSupporterInbox(orgId),
    refetchInterval: POLL_MS,
  });
}
