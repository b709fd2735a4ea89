import type { SessionResponse } from '#shared/contracts/auth.ts';
import { api } from '#web/lib/api-client.ts';
import { useSessionStartingMutation } from './start-session.ts';

export interface AcceptInvitationRequest {
  token: string;
  name: string;
  password?: string;
}

export function acceptInvitation(body: AcceptInvitationRequest): Promise<SessionResponse> {
  return api('/api/auth/invitations/accept', { method: 'POST', body });
}

export function useAcceptInvitation() {
  return useSessionStartingMutation(acceptInvitation);
}
