import { useQuery } from '@tanstack/react-query';
import type { AssessorRelation } from '#shared/contracts/assessors.ts';
import { api } from '#web/lib/api-client.ts';

export const assessorRelationsQueryKey = (orgId: string, personId: string) =>
  ['orgs', orgId, 'people', personId, 'assessor-relations'] as const;

/** What the organisation recorded about this person; what they declared themself never comes here. */
export function getAssessorRelations(orgId: string, personId: string): Promise<{ relations: AssessorRelation[] }> {
  return api(`/api/orgs/${orgId}/people/${personId}/assessor-relations`);
}

export function useAssessorRelations(orgId: string, personId: string) {
  return useQuery({
    queryKey: assessorRelationsQueryKey(orgId, personId),
    queryFn: () => getAssessorRelations(orgId, personId),
  });
}
