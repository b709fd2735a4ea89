import { useQuery } from '@tanstack/react-query';
import type { Pair } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { pairsKey } from './query-keys.ts';

/** The pairs the signed-in person is part of, as mentor or mentee. */
export function getMyPairs(orgId: string): Promise<{ pairs: Pair[] }> {
  return api(`/api/orgs/${orgId}/mentoring/pairs`);
}

export function useMyPairs(orgId: string) {
  return useQuery({
    queryKey: [...pairsKey(orgId), 'mine'],
    queryFn: () => getMyPairs(orgId),
    select: (data) => data.pairs,
  });
}
