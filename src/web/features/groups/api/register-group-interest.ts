import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { memberGroupsKey } from './query-keys.ts';

/** "Place me": asks the program's coordinator to place the person in one of its groups open to them. */
export function registerGroupInterest(
  orgId: string,
  programId: string,
  preferredGroupIds: string[] = [],
): Promise<{ preferredGroupIds: string[] }> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}/interest`, { method: 'PUT', body: { preferredGroupIds } });
}

/** The member's list of groups says, per program, since when they have been waiting to be placed. */
export function useRegisterGroupInterest(orgId: string) {
  return useInvalidatingMutation(
    (programId: string) => registerGroupInterest(orgId, programId),
    memberGroupsKey(orgId),
  );
}
