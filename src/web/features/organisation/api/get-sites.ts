import { useQuery } from '@tanstack/react-query';
import type { Site } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';

export const sitesQueryKey = (orgId: string) => ['orgs', orgId, 'sites'] as const;

export function getSites(orgId: string): Promise<{ sites: Site[] }> {
  return api(`/api/orgs/${orgId}/sites`);
}

export function useSites(orgId: string) {
  return useQuery({ queryKey: sitesQueryKey(orgId), queryFn: () => getSites(orgId), select: (data) => data.sites });
}
