import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyRequest } from '#shared/contracts/peer-support.ts';
import { myRequestKey, talkKey } from './query-keys.ts';

/**
 * A write that opens a request for the signed-in person (asking, saying yes to an offer, a one-to-one): the answer
 * is the request's page at once, without a second wait, and the overview is fetched again.
 */
export function useOpeningMutation<TVariables>(
  orgId: string,
  mutationFn: (variables: TVariables) => Promise<MyRequest>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (request) => {
      queryClient.setQueryData(myRequestKey(orgId, request.id), request);
      return queryClient.invalidateQueries({
        queryKey: talkKey(orgId),
        predicate: (q) => q.queryKey.at(-1) !== request.id,
      });
    },
  });
}
