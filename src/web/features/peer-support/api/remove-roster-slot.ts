import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { leadKey } from './lead-query-keys.ts';

/** Takes a weekly slot off the roster, with its shifts still to come. */
export function removeRosterSlot(orgId: string, slotId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/peer-support/roster/slots/${slotId}`, { method: 'DELETE' });
}

export function useRemoveRosterSlot(orgId: string) {
  return useInvalidatingMutation((slotId: string) => removeRosterSlot(orgId, slotId), leadKey(orgId));
}
