import type { z } from 'zod';
import type { RotationTerm, ZRotationTermBody } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { termsQueryKey } from './get-terms.ts';

export type TermFields = z.output<typeof ZRotationTermBody>;

/** Answers 409 `term_overlap` (field `startsOn`) when the dates overlap another term of the cohort. */
export function createTerm(orgId: string, cohortId: string, body: TermFields): Promise<RotationTerm> {
  return api(`/api/orgs/${orgId}/cohorts/${cohortId}/terms`, { method: 'POST', body });
}

export function useCreateTerm(orgId: string, cohortId: string) {
  return useInvalidatingMutation(
    (body: TermFields) => createTerm(orgId, cohortId, body),
    termsQueryKey(orgId, cohortId),
  );
}
