import { useQuery } from '@tanstack/react-query';
import type { SupporterSelf } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { supporterSelfKey } from './query-keys.ts';

/** The signed-in supporter's own care: training, supervisor and supervision, load, break and shifts. */
export function getSupporterSelf(orgId: string): Promise<SupporterSelf> {
  return api(`/api/orgs/${orgId}/peer-support/me`);
}

export function useSupporterSelf(orgId: string, enabled: boolean) {
  return useQuery({ queryKey: supporterSelfKey(orgId), queryFn: () => getSupporterSelf(orgId), enabled });
}
