import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '#shared/contracts/auth.ts';
import { api } from '#web/lib/api-client.ts';
import { sessionQueryKey } from '#web/lib/query-client.ts';

export function updateMyName(body: { name: string }): Promise<SessionResponse> {
  return api('/api/me', { method: 'PATCH', body });
}

export function useUpdateMyName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyName,
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}
