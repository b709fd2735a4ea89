import type { z } from 'zod';
import type { ZSurveyAnswerBody } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { openSurveysKey } from './query-keys.ts';

export type SurveyAnswer = z.input<typeof ZSurveyAnswerBody>;

/** One answer per attendee and session; the server keeps it apart from who answered (privacy rule 3). */
export function answerSurvey(orgId: string, groupId: string, sessionId: string, body: SurveyAnswer): Promise<void> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/sessions/${sessionId}/survey`, { method: 'POST', body });
}

export function useAnswerSurvey(orgId: string, groupId: string, sessionId: string) {
  return useInvalidatingMutation(
    (body: SurveyAnswer) => answerSurvey(orgId, groupId, sessionId, body),
    openSurveysKey(orgId),
  );
}
