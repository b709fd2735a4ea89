import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, forgetCsrfToken } from '#web/lib/api-client.ts';
import { sessionQueryKey } from '#web/lib/query-client.ts';

export function signOut(): Promise<void> {
  return api('/api/auth/sign-out', { method: 'POST' });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: () => {
      forgetCsrfToken();
      // Nothing of the last person's data stays in memory for the next one on a shared ward computer.
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}
