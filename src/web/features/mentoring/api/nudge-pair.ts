import { useMutation } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';

/** A friendly reminder by e-mail and in the app to a pair that has gone quiet; at most one every 3 days. */
export function nudgePair(orgId: string, programId: string, pairId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/pairs/${pairId}/nudge`, { method: 'POST' });
}

export function useNudgePair(orgId: string, programId: string) {
  return useMutation({ mutationFn: (pairId: string) => nudgePair(orgId, programId, pairId) });
}
