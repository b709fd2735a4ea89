import { useQuery } from '@tanstack/react-query';
import type { Cohort } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';

export const cohortsQueryKey = (orgId: string) => ['orgs', orgId, 'cohorts'] as const;

export function getCohorts(orgId: string): Promise<{ cohorts: Cohort[] }> {
  return api(`/api/orgs/${orgId}/cohorts`);
}

export function useCohorts(orgId: string) {
  return useQuery({
    queryKey: cohortsQueryKey(orgId),
    queryFn: () => getCohorts(orgId),
    select: (data) => data.cohorts,
  });
}
