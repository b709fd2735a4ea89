import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '#shared/contracts/auth.ts';
import { api, forgetCsrfToken } from '#web/lib/api-client.ts';
import { sessionQueryKey } from '#web/lib/query-client.ts';

export interface AcceptInvitationRequest {
  token: string;
  name: string;
  password?: string;
}

export function acceptInvitation(body: AcceptInvitationRequest): Promise<SessionResponse> {
  return api('/api/auth/invitations/accept', { method: 'POST', body });
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: (session) => {
      forgetCsrfToken();
      queryClient.setQueryData(sessionQueryKey, session);
    },
  });
}
