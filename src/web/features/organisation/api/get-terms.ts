import { useQuery } from '@tanstack/react-query';
import type { RotationTerm } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { cohortsQueryKey } from './get-cohorts.ts';

export const termsQueryKey = (orgId: string, cohortId: string) =>
  [...cohortsQueryKey(orgId), cohortId, 'terms'] as const;

export function getTerms(orgId: string, cohortId: string): Promise<{ terms: RotationTerm[] }> {
  return api(`/api/orgs/${orgId}/cohorts/${cohortId}/terms`);
}

export function useTerms(orgId: string, cohortId: string) {
  return useQuery({
    queryKey: termsQueryKey(orgId, cohortId),
    queryFn: () => getTerms(orgId, cohortId),
    select: (data) => data.terms,
  });
}
