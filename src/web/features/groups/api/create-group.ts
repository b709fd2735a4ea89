import type { Group, GroupSettings } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { groupProgramsKey } from './program-query-keys.ts';

/** A new group of the program; its sessions are scheduled at once from the first date and the cadence. */
export function createGroup(orgId: string, programId: string, settings: GroupSettings): Promise<Group> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}/groups`, { method: 'POST', body: settings });
}

export function useCreateGroup(orgId: string, programId: string) {
  return useInvalidatingMutation(
    (settings: GroupSettings) => createGroup(orgId, programId, settings),
    groupProgramsKey(orgId),
  );
}
