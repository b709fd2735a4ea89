import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client.ts';

export const sessionQueryKey = ['session'] as const;

/** A session that ends while someone is working (expired, signed out elsewhere) sends them to sign in. */
function forgetSessionOn401(error: Error): void {
  if (error instanceof ApiError && error.status === 401 && error.code !== 'invalid_credentials') {
    queryClient.setQueryData(sessionQueryKey, null);
  }
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error, query) => {
      if (query.queryKey[0] !== sessionQueryKey[0]) forgetSessionOn401(error);
    },
  }),
  mutationCache: new MutationCache({ onError: forgetSessionOn401 }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      retry: (failureCount, error) =>
        !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failureCount < 2,
    },
    mutations: { retry: false },
  },
});
