import type { RotationTerm } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import type { TermFields } from './create-term.ts';
import { termsQueryKey } from './get-terms.ts';

export function updateTerm(orgId: string, termId: string, body: TermFields): Promise<RotationTerm> {
  return api(`/api/orgs/${orgId}/terms/${termId}`, { method: 'PATCH', body });
}

export function useUpdateTerm(orgId: string, cohortId: string) {
  return useInvalidatingMutation(
    ({ id, ...body }: TermFields & { id: string }) => updateTerm(orgId, id, body),
    termsQueryKey(orgId, cohortId),
  );
}
