import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SensitiveAttributes } from '#shared/contracts/profile.ts';
import { api } from '#web/lib/api-client.ts';
import { sensitiveAttributesQueryKey } from './get-sensitive-attributes.ts';

export function saveSensitiveAttributes(orgId: string, body: SensitiveAttributes): Promise<SensitiveAttributes> {
  return api(`/api/orgs/${orgId}/me/sensitive`, { method: 'PUT', body });
}

export function useSaveSensitiveAttributes(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SensitiveAttributes) => saveSensitiveAttributes(orgId, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sensitiveAttributesQueryKey(orgId) }),
  });
}
