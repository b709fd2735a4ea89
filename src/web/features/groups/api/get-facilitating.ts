import { useQuery } from '@tanstack/react-query';
import type { Group } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { facilitatingKey } from './query-keys.ts';

/** The groups the signed-in facilitator runs. */
export function getFacilitating(orgId: string): Promise<{ groups: Group[] }> {
  return api(`/api/orgs/${orgId}/facilitating`);
}

export function useFacilitating(orgId: string) {
  return useQuery({
    queryKey: [...facilitatingKey(orgId), 'list'],
    queryFn: () => getFacilitating(orgId),
    select: (data) => data.groups,
  });
}
