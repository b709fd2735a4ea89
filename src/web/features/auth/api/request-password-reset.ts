import { useMutation } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';

export function requestPasswordReset(body: { email: string }): Promise<void> {
  return api('/api/auth/password-reset/request', { method: 'POST', body });
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset });
}
