import type { AssessorKind, OwnAssessor } from '#shared/contracts/assessors.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { ownAssessorsQueryKey } from './get-own-assessors.ts';

export interface DeclaredAssessor {
  personId: string;
  kind: AssessorKind;
}

export function declareAssessor(orgId: string, body: DeclaredAssessor): Promise<{ assessors: OwnAssessor[] }> {
  return api(`/api/orgs/${orgId}/me/assessors`, { method: 'POST', body });
}

export function withdrawAssessor(orgId: string, body: DeclaredAssessor): Promise<void> {
  return api(`/api/orgs/${orgId}/me/assessors`, {
    method: 'DELETE',
    query: { personId: body.personId, kind: body.kind },
  });
}

export function useDeclareAssessor(orgId: string) {
  return useInvalidatingMutation((body: DeclaredAssessor) => declareAssessor(orgId, body), ownAssessorsQueryKey(orgId));
}

export function useWithdrawAssessor(orgId: string) {
  return useInvalidatingMutation(
    (body: DeclaredAssessor) => withdrawAssessor(orgId, body),
    ownAssessorsQueryKey(orgId),
  );
}
