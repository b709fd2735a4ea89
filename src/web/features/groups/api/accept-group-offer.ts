import type { Membership } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { memberGroupsKey } from './query-keys.ts';

/** Takes the place offered from the wait-list, while the offer lasts. */
export function acceptGroupOffer(orgId: string, groupId: string): Promise<Membership> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/membership/accept`, { method: 'POST' });
}

export function useAcceptGroupOffer(orgId: string) {
  return useInvalidatingMutation((groupId: string) => acceptGroupOffer(orgId, groupId), memberGroupsKey(orgId));
}
