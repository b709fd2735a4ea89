import type { z } from 'zod';
import type { ZFeedbackBody } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { feedbackStatusKey, type FeedbackRound } from './get-feedback-status.ts';

export type FeedbackBody = z.input<typeof ZFeedbackBody>;

/** One answer per person and round; the server keeps it apart from who answered (privacy rule 3). */
export function giveFeedback(
  orgId: string,
  programId: string,
  round: FeedbackRound,
  body: FeedbackBody,
): Promise<void> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/feedback/${round}`, { method: 'POST', body });
}

export function useGiveFeedback(orgId: string, programId: string, round: FeedbackRound) {
  return useInvalidatingMutation(
    (body: FeedbackBody) => giveFeedback(orgId, programId, round, body),
    feedbackStatusKey(orgId, programId),
  );
}
