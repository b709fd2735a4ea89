import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { termsQueryKey } from './get-terms.ts';

export function deleteTerm(orgId: string, termId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/terms/${termId}`, { method: 'DELETE' });
}

export function useDeleteTerm(orgId: string, cohortId: string) {
  return useInvalidatingMutation((termId: string) => deleteTerm(orgId, termId), termsQueryKey(orgId, cohortId));
}
