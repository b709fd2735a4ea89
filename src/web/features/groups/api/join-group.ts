import type { Membership } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { memberGroupsKey } from './query-keys.ts';

/** Joins the group, or its wait-list when it is full; the answer says which. */
export function joinGroup(orgId: string, groupId: string): Promise<Membership> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/membership`, { method: 'POST' });
}

export function useJoinGroup(orgId: string) {
  return useInvalidatingMutation((groupId: string) => joinGroup(orgId, groupId), memberGroupsKey(orgId));
}
