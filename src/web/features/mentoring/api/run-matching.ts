import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MatchingState, MatchRun, ZMatchRunBody } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { matchingStateKey } from './get-matching-state.ts';

export type MatchRunBody = z.output<typeof ZMatchRunBody>;
export type MatchMode = MatchRunBody['mode'];
export type PairRef = MatchRunBody['pins'][number];

/** Asks the engine for a proposal; nothing changes for anyone until it is published. */
export function runMatching(orgId: string, programId: string, body: MatchRunBody): Promise<MatchRun> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/match-runs`, { method: 'POST', body });
}

export function useRunMatching(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MatchRunBody) => runMatching(orgId, programId, body),
    // A run changes no pair, so what is running and who is waiting stay as they were.
    onSuccess: (run) =>
      queryClient.setQueryData<MatchingState>(
        matchingStateKey(orgId, programId),
        (state) => state && { ...state, run },
      ),
  });
}
