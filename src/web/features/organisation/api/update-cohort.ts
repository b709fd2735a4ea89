import type { Cohort } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { cohortsQueryKey } from './get-cohorts.ts';
import type { CohortFields } from './create-cohort.ts';

export function updateCohort(orgId: string, cohortId: string, body: CohortFields): Promise<Cohort> {
  return api(`/api/orgs/${orgId}/cohorts/${cohortId}`, { method: 'PATCH', body });
}

export function useUpdateCohort(orgId: string) {
  return useInvalidatingMutation(
    ({ id, ...body }: CohortFields & { id: string }) => updateCohort(orgId, id, body),
    cohortsQueryKey(orgId),
  );
}
