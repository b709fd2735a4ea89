import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '#shared/contracts/auth.ts';
import { api, forgetCsrfToken } from '#web/lib/api-client.ts';
import { sessionQueryKey } from '#web/lib/query-client.ts';

export interface SignInRequest {
  email: string;
  password: string;
}

export function signIn(body: SignInRequest): Promise<SessionResponse> {
  return api('/api/auth/sign-in', { method: 'POST', body });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (session) => {
      forgetCsrfToken();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
