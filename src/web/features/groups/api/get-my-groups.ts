import { useQuery } from '@tanstack/react-query';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { memberGroupsKey } from './query-keys.ts';

/** Groups the signed-in person is in, waiting for or offered, and those they may join. */
export function getMyGroups(orgId: string): Promise<{ groups: GroupForMember[] }> {
  return api(`/api/orgs/${orgId}/groups`);
}

export function useMyGroups(orgId: string) {
  return useQuery({
    queryKey: [...memberGroupsKey(orgId), 'list'],
    queryFn: () => getMyGroups(orgId),
    select: (data) => data.groups,
  });
}
