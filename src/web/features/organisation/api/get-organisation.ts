import { useQuery } from '@tanstack/react-query';
import type { Organisation } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';

export const organisationQueryKey = (orgId: string) => ['orgs', orgId, 'organisation'] as const;

export function getOrganisation(orgId: string): Promise<Organisation> {
  return api(`/api/orgs/${orgId}`);
}

export function useOrganisation(orgId: string) {
  return useQuery({
    queryKey: organisationQueryKey(orgId),
    queryFn: () => getOrganisation(orgId),
    staleTime: 5 * 60_000,
  });
}
