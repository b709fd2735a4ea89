import { useQuery } from '@tanstack/react-query';
import type { Profile } from '#shared/contracts/profile.ts';
import { api } from '#web/lib/api-client.ts';

export const profileQueryKey = (orgId: string) => ['orgs', orgId, 'me', 'profile'] as const;

export function getProfile(orgId: string): Promise<Profile> {
  return api(`/api/orgs/${orgId}/me/profile`);
}

export function useProfile(orgId: string) {
  return useQuery({ queryKey: profileQueryKey(orgId), queryFn: () => getProfile(orgId) });
}
