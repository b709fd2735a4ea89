import type { z } from 'zod';
import type { Debrief, ZDebriefScheduleBody } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peerSupportKey } from './query-keys.ts';

export type DebriefScheduleBody = z.output<typeof ZDebriefScheduleBody>;

/** Gives a debrief its two supporters, a time and a place; the people who were there are invited (or told of a change). */
export function scheduleDebrief(orgId: string, debriefId: string, body: DebriefScheduleBody): Promise<Debrief> {
  return api(`/api/orgs/${orgId}/peer-support/debriefs/${debriefId}/schedule`, { method: 'PUT', body });
}

export function useScheduleDebrief(orgId: string) {
  return useInvalidatingMutation(
    ({ debriefId, body }: { debriefId: string; body: DebriefScheduleBody }) => scheduleDebrief(orgId, debriefId, body),
    peerSupportKey(orgId),
  );
}
