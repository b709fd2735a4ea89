import type { Shift } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { supporterSelfKey } from './query-keys.ts';

/** Takes a shift another supporter asked to have covered; a 409 shift_taken if someone was first. */
export function takeShift(orgId: string, shiftId: string): Promise<Shift> {
  return api(`/api/orgs/${orgId}/peer-support/shifts/${shiftId}/take`, { method: 'POST' });
}

export function useTakeShift(orgId: string) {
  return useInvalidatingMutation((shiftId: string) => takeShift(orgId, shiftId), supporterSelfKey(orgId));
}
