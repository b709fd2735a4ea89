import { useMutation } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';
import type { FeedbackRound } from './get-feedback-status.ts';

/** A reminder, by e-mail and in the app, to every pair member who has not answered this round yet. */
export function inviteToFeedback(orgId: string, programId: string, round: FeedbackRound): Promise<{ invited: number }> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/feedback/${round}/invitations`, { method: 'POST' });
}

export function useInviteToFeedback(orgId: string, programId: string) {
  return useMutation({ mutationFn: (round: FeedbackRound) => inviteToFeedback(orgId, programId, round) });
}
