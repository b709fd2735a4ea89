import { useQuery } from '@tanstack/react-query';
import type { MatchRun } from '#shared/contracts/mentoring.ts';
import { api, isApiError } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

export const latestMatchRunKey = (orgId: string, programId: string) => [...programKey(orgId, programId), 'match-runs', 'latest'] as const;

/** The last proposal the engine made for this program, or null before the first run. */
export async function getLatestMatchRun(orgId: string, programId: string): Promise<MatchRun | null> {
  try {
    return await api<MatchRun>(`/api/orgs/${orgId}/mentoring/programs/${programId}/match-runs/latest`);
  } catch (error) {
    if (isApiError(error) && error.status === 404) return null;
    throw error;
  }
}

export function useLatestMatchRun(orgId: string, programId: string) {
  return useQuery({ queryKey: latestMatchRunKey(orgId, programId), queryFn: () => getLatestMatchRun(orgId, programId) });
}
