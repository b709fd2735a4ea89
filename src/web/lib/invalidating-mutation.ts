import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';

/** A write after which every query under `queryKey` is fetched again. */
export function useInvalidatingMutation<TVariables, TData>(mutationFn: (variables: TVariables) => Promise<TData>, queryKey: QueryKey) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
}
