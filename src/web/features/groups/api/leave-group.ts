import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { memberGroupsKey } from './query-keys.ts';

/** Leaves the group or its wait-list, or declines an offered place; a freed place goes to the next in line. */
export function leaveGroup(orgId: string, groupId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/membership`, { method: 'DELETE' });
}

export function useLeaveGroup(orgId: string) {
  return useInvalidatingMutation((groupId: string) => leaveGroup(orgId, groupId), memberGroupsKey(orgId));
}
