import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/** A write after which every query under `queryKey` is fetched again. */
export function useInvalidatingMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  queryKey: QueryKey,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}

/**
 * A write that answers with the thing's new state (a program's settings): that answer replaces the query at
 * `detailKey`, and every other query under `queryKey` (lists, reports) is fetched again, except the other
 * queries of the detail's kind, which the answer does not change.
 */
export function useReplacingMutation<TVariables, TData>(
  mutationFn: (variables: TVariables) => Promise<TData>,
  detailKey: QueryKey,
  queryKey: QueryKey,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (data) => {
      queryClient.setQueryData(detailKey, data);
      return queryClient.invalidateQueries({
        queryKey,
        predicate: (query) => query.queryKey.at(-1) !== detailKey.at(-1),
      });
    },
  });
}
