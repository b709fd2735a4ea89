import type { z } from 'zod';
import type { Debrief, ZDebriefRequestBody } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peerSupportKey } from './query-keys.ts';

export type DebriefRequestBody = z.output<typeof ZDebriefRequestBody>;

/** Asks the program for a team debrief after an event; the lead staffs it and the people there are invited. */
export function requestDebrief(orgId: string, body: DebriefRequestBody): Promise<Debrief> {
  return api(`/api/orgs/${orgId}/peer-support/debriefs`, { method: 'POST', body });
}

export function useRequestDebrief(orgId: string) {
  return useInvalidatingMutation((body: DebriefRequestBody) => requestDebrief(orgId, body), peerSupportKey(orgId));
}
