import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MatchRun, ZMatchRunBody } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { latestMatchRunKey } from './get-latest-match-run.ts';

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
    onSuccess: (run) => queryClient.setQueryData(latestMatchRunKey(orgId, programId), run),
  });
}
