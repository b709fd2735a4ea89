import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { memberGroupsKey } from './query-keys.ts';

/** No longer asks to be placed in a group of the program. */
export function withdrawGroupInterest(orgId: string, programId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}/interest`, { method: 'DELETE' });
}

export function useWithdrawGroupInterest(orgId: string) {
  return useInvalidatingMutation(
    (programId: string) => withdrawGroupInterest(orgId, programId),
    memberGroupsKey(orgId),
  );
}
