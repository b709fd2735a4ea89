import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Profile } from '#shared/contracts/profile.ts';
import { api } from '#web/lib/api-client.ts';
import { profileQueryKey } from './get-profile.ts';

export function saveProfile(orgId: string, profile: Profile): Promise<Profile> {
  return api(`/api/orgs/${orgId}/me/profile`, { method: 'PUT', body: profile });
}

export function useSaveProfile(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: Profile) => saveProfile(orgId, profile),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: profileQueryKey(orgId) }),
  });
}
