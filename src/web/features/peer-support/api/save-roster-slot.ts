import type { z } from 'zod';
import type { RosterSlot, ZRosterSlotBody } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { leadKey } from './lead-query-keys.ts';

export type RosterSlotBody = z.output<typeof ZRosterSlotBody>;

/** Adds a weekly slot, or changes one (`slotId`); the coming shifts follow it, and so does the coverage panel. */
export function saveRosterSlot(orgId: string, slotId: string | null, body: RosterSlotBody): Promise<RosterSlot> {
  return slotId
    ? api(`/api/orgs/${orgId}/peer-support/roster/slots/${slotId}`, { method: 'PUT', body })
    : api(`/api/orgs/${orgId}/peer-support/roster/slots`, { method: 'POST', body });
}

export function useSaveRosterSlot(orgId: string) {
  return useInvalidatingMutation(
    ({ slotId, body }: { slotId: string | null; body: RosterSlotBody }) => saveRosterSlot(orgId, slotId, body),
    leadKey(orgId),
  );
}
