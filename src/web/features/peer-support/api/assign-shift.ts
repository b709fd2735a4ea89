import type { Shift } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { leadKey } from './lead-query-keys.ts';

/** Puts a supporter on one coming shift (cover for its standing supporter), or nobody. */
export function assignShift(orgId: string, shiftId: string, personId: string | null): Promise<Shift> {
  return api(`/api/orgs/${orgId}/peer-support/shifts/${shiftId}`, { method: 'PUT', body: { personId } });
}

export function useAssignShift(orgId: string) {
  return useInvalidatingMutation(
    ({ shiftId, personId }: { shiftId: string; personId: string | null }) => assignShift(orgId, shiftId, personId),
    leadKey(orgId),
  );
}
