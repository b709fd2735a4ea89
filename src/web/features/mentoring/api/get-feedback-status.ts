import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZFeedbackStatus } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

export type FeedbackStatus = z.infer<typeof ZFeedbackStatus>;
export type FeedbackRoundStatus = FeedbackStatus['rounds'][number];
export type FeedbackRound = FeedbackRoundStatus['round'];

export const feedbackStatusKey = (orgId: string, programId: string) =>
  [...programKey(orgId, programId), 'feedback'] as const;

/** Which feedback rounds are open to me in a program, and whether I have answered them (pair members only). */
export function getFeedbackStatus(orgId: string, programId: string): Promise<FeedbackStatus> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/feedback`);
}

export function useFeedbackStatus(orgId: string, programId: string, enabled = true) {
  return useQuery({
    queryKey: feedbackStatusKey(orgId, programId),
    queryFn: () => getFeedbackStatus(orgId, programId),
    enabled,
  });
}
