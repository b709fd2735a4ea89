import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '#shared/contracts/auth.ts';
import { forgetCsrfToken } from '#web/lib/api-client.ts';
import { sessionQueryKey } from '#web/lib/query-client.ts';

/** A write that answers with a new session (signing in, accepting an invitation): the app is signed in at once. */
export function useSessionStartingMutation<Body>(mutationFn: (body: Body) => Promise<SessionResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (session) => {
      forgetCsrfToken();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
