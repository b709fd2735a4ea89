import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Pair } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { pairKey, pairsKey } from './query-keys.ts';

export function getPair(orgId: string, pairId: string): Promise<Pair> {
  return api(`/api/orgs/${orgId}/mentoring/pairs/${pairId}`);
}

export function usePair(orgId: string, pairId: string) {
  return useQuery({ queryKey: pairKey(orgId, pairId), queryFn: () => getPair(orgId, pairId) });
}

/** A write in the pair space answers with the whole pair: show it at once, and refresh the list of pairs. */
export function usePairWrite<TVariables>(
  orgId: string,
  pairId: string,
  write: (variables: TVariables) => Promise<Pair>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (pair) => {
      queryClient.setQueryData(pairKey(orgId, pairId), pair);
      return queryClient.invalidateQueries({ queryKey: [...pairsKey(orgId), 'mine'] });
    },
  });
}
