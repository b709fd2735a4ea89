import type { Debrief } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peerSupportKey } from './query-keys.ts';

/** Records that a debrief was held and who came; its requester and the lead learn only how many. */
export function recordDebriefHeld(orgId: string, debriefId: string, attendedPersonIds: string[]): Promise<Debrief> {
  return api(`/api/orgs/${orgId}/peer-support/debriefs/${debriefId}/held`, {
    method: 'POST',
    body: { attendedPersonIds },
  });
}

export function useRecordDebriefHeld(orgId: string) {
  return useInvalidatingMutation(
    ({ debriefId, attendedPersonIds }: { debriefId: string; attendedPersonIds: string[] }) =>
      recordDebriefHeld(orgId, debriefId, attendedPersonIds),
    peerSupportKey(orgId),
  );
}
