import { useQuery } from '@tanstack/react-query';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { memberGroupKey } from './query-keys.ts';

/** One group as the signed-in person sees it; where it meets and its sessions only once they are in it. */
export function getGroupAsMember(orgId: string, groupId: string): Promise<GroupForMember> {
  return api(`/api/orgs/${orgId}/groups/${groupId}`);
}

export function useGroupAsMember(orgId: string, groupId: string) {
  return useQuery({ queryKey: memberGroupKey(orgId, groupId), queryFn: () => getGroupAsMember(orgId, groupId) });
}
