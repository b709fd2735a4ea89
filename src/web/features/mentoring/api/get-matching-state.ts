import { useQuery } from '@tanstack/react-query';
import type { MatchingState } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

export const matchingStateKey = (orgId: string, programId: string) =>
  [...programKey(orgId, programId), 'match-runs', 'latest'] as const;

/** The last proposal the engine made for this program (null before the first run), the pairs running, and who is waiting. */
export function getMatchingState(orgId: string, programId: string): Promise<MatchingState> {
  return api<MatchingState>(`/api/orgs/${orgId}/mentoring/programs/${programId}/match-runs/latest`);
}

export function useMatchingState(orgId: string, programId: string) {
  return useQuery({ queryKey: matchingStateKey(orgId, programId), queryFn: () => getMatchingState(orgId, programId) });
}
