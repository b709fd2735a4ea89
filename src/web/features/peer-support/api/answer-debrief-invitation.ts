import type { DebriefInvitation } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { talkKey } from './query-keys.ts';

export type DebriefResponse = 'coming' | 'not_coming';

/** Says whether the person will come to a debrief they were invited to; they may change their mind. */
export function answerDebriefInvitation(
  orgId: string,
  debriefId: string,
  response: DebriefResponse,
): Promise<DebriefInvitation> {
  return api(`/api/orgs/${orgId}/talk/debriefs/${debriefId}/response`, { method: 'PUT', body: { response } });
}

export function useAnswerDebriefInvitation(orgId: string) {
  return useInvalidatingMutation(
    ({ debriefId, response }: { debriefId: string; response: DebriefResponse }) =>
      answerDebriefInvitation(orgId, debriefId, response),
    talkKey(orgId),
  );
}
