import { useMutation } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';

export function completePasswordReset(body: { token: string; password: string }): Promise<void> {
  return api('/api/auth/password-reset/complete', { method: 'POST', body });
}

export function useCompletePasswordReset() {
  return useMutation({ mutationFn: completePasswordReset });
}
