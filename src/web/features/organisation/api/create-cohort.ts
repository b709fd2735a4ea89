import type { z } from 'zod';
import type { Cohort, ZCohortBody } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { cohortsQueryKey } from './get-cohorts.ts';

export type CohortFields = z.output<typeof ZCohortBody>;

export function createCohort(orgId: string, body: CohortFields): Promise<Cohort> {
  return api(`/api/orgs/${orgId}/cohorts`, { method: 'POST', body });
}

export function useCreateCohort(orgId: string) {
  return useInvalidatingMutation((body: CohortFields) => createCohort(orgId, body), cohortsQueryKey(orgId));
}
