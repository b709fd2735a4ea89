import type { Shift } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { supporterSelfKey } from './query-keys.ts';

/** Asks other supporters to cover one of the signed-in supporter's shifts, or withdraws the ask. */
export function wantShiftCover(orgId: string, shiftId: string, wanted: boolean): Promise<Shift> {
  return api(`/api/orgs/${orgId}/peer-support/shifts/${shiftId}/cover-wanted`, { method: 'POST', body: { wanted } });
}

export function useWantShiftCover(orgId: string) {
  return useInvalidatingMutation(
    ({ shiftId, wanted }: { shiftId: string; wanted: boolean }) => wantShiftCover(orgId, shiftId, wanted),
    supporterSelfKey(orgId),
  );
}
