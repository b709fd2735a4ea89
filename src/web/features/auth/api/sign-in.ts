import type { SessionResponse } from '#shared/contracts/auth.ts';
import { api } from '#web/lib/api-client.ts';
import { useSessionStartingMutation } from './start-session.ts';

export interface SignInRequest {
  email: string;
  password: string;
}

export function signIn(body: SignInRequest): Promise<SessionResponse> {
  return api('/api/auth/sign-in', { method: 'POST', body });
}

export function useSignIn() {
  return useSessionStartingMutation(signIn);
}
