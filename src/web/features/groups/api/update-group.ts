import type { Group, GroupSettings } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { groupProgramsKey } from './program-query-keys.ts';

/** New settings for a group; a new schedule moves its coming sessions and members get updated invites. */
export function updateGroup(orgId: string, groupId: string, settings: GroupSettings): Promise<Group> {
  return api(`/api/orgs/${orgId}/groups/${groupId}`, { method: 'PUT', body: settings });
}

export function useUpdateGroup(orgId: string) {
  return useInvalidatingMutation(
    ({ groupId, settings }: { groupId: string; settings: GroupSettings }) => updateGroup(orgId, groupId, settings),
    groupProgramsKey(orgId),
  );
}
