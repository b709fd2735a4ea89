import type { MyRequest } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { talkKey } from './query-keys.ts';

/** Asks the same supporter for a follow-up, while the program's follow-up time lasts. */
export function askForFollowUp(orgId: string, requestId: string): Promise<MyRequest> {
  return api(`/api/orgs/${orgId}/talk/requests/${requestId}/follow-up`, { method: 'POST' });
}

export function useAskForFollowUp(orgId: string, requestId: string) {
  return useInvalidatingMutation(() => askForFollowUp(orgId, requestId), talkKey(orgId));
}
