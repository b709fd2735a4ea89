import { useQuery } from '@tanstack/react-query';
import type { CrisisResource } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';

export const crisisResourcesQueryKey = (orgId: string) => ['orgs', orgId, 'crisis-resources'] as const;

export function getCrisisResources(orgId: string): Promise<{ resources: CrisisResource[] }> {
  return api(`/api/orgs/${orgId}/crisis-resources`);
}

export function useCrisisResources(orgId: string | undefined) {
  return useQuery({
    queryKey: crisisResourcesQueryKey(orgId ?? ''),
    queryFn: () => getCrisisResources(orgId ?? ''),
    enabled: orgId !== undefined,
    staleTime: 5 * 60_000,
  });
}
