import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { programKey } from './query-keys.ts';

/** Ends a pair without fault, so its mentee can be matched again; both are told in the app. */
export function endPair(orgId: string, programId: string, pairId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/pairs/${pairId}/end`, { method: 'POST' });
}

export function useEndPair(orgId: string, programId: string) {
  return useInvalidatingMutation((pairId: string) => endPair(orgId, programId, pairId), programKey(orgId, programId));
}
