import type { Group } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { groupProgramsKey } from './program-query-keys.ts';

/** Replaces a group's facilitators: people with the facilitator role who are not members of the group. */
export function setFacilitators(orgId: string, groupId: string, personIds: string[]): Promise<Group> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/facilitators`, { method: 'PUT', body: { personIds } });
}

export function useSetFacilitators(orgId: string) {
  return useInvalidatingMutation(
    ({ groupId, personIds }: { groupId: string; personIds: string[] }) => setFacilitators(orgId, groupId, personIds),
    groupProgramsKey(orgId),
  );
}
