import { useQuery } from '@tanstack/react-query';
import type { CoordinatorPair } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

/** A program's pairs as its coordinators see them: that they meet and what about, never their notes. */
export function getProgramPairs(orgId: string, programId: string): Promise<{ pairs: CoordinatorPair[] }> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/pairs`);
}

export function useProgramPairs(orgId: string, programId: string) {
  return useQuery({
    queryKey: [...programKey(orgId, programId), 'pairs'],
    queryFn: () => getProgramPairs(orgId, programId),
    select: (data) => data.pairs,
  });
}
