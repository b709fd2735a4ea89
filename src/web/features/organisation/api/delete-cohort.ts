import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { cohortsQueryKey } from './get-cohorts.ts';

/** Answers 409 `in_use` while people or other records still refer to it. */
export function deleteCohort(orgId: string, cohortId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/cohorts/${cohortId}`, { method: 'DELETE' });
}

export function useDeleteCohort(orgId: string) {
  return useInvalidatingMutation((cohortId: string) => deleteCohort(orgId, cohortId), cohortsQueryKey(orgId));
}
