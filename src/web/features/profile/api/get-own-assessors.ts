import { useQuery } from '@tanstack/react-query';
import type { OwnAssessor } from '#shared/contracts/assessors.ts';
import { api } from '#web/lib/api-client.ts';

export const ownAssessorsQueryKey = (orgId: string) => ['orgs', orgId, 'me', 'assessors'] as const;

/** The people the member declared as supervising, assessing or managing them: only they read this list. */
export function getOwnAssessors(orgId: string): Promise<{ assessors: OwnAssessor[] }> {
  return api(`/api/orgs/${orgId}/me/assessors`);
}

export function useOwnAssessors(orgId: string) {
  return useQuery({ queryKey: ownAssessorsQueryKey(orgId), queryFn: () => getOwnAssessors(orgId) });
}

/** Colleagues by part of a name or a whole e-mail address: names only, a few at a time. */
export function findColleagues(orgId: string, text: string): Promise<{ people: { id: string; name: string }[] }> {
  return api(`/api/orgs/${orgId}/me/assessors/candidates`, { query: { q: text } });
}
