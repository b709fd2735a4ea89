import { useQuery } from '@tanstack/react-query';
import type { SupporterSummary } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { leadKey } from './lead-query-keys.ts';

/** The program's supporters (people with the peer supporter role): training, cap, load, break and supervision. */
export function getSupporters(orgId: string): Promise<{ supporters: SupporterSummary[] }> {
  return api(`/api/orgs/${orgId}/peer-support/supporters`);
}

export function useSupporters(orgId: string) {
  return useQuery({ queryKey: [...leadKey(orgId), 'supporters'], queryFn: () => getSupporters(orgId) });
}
