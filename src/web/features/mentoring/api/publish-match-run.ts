import type { z } from 'zod';
import type { ZPublishResult } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { mentoringKey } from './query-keys.ts';

export type PublishResult = z.output<typeof ZPublishResult>;

/** Turns a proposal into pairs and tells everyone matched; publishing the same run again creates nothing new. */
export function publishMatchRun(orgId: string, programId: string, runId: string): Promise<PublishResult> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/match-runs/${runId}/publish`, { method: 'POST' });
}

export function usePublishMatchRun(orgId: string, programId: string) {
  return useInvalidatingMutation((runId: string) => publishMatchRun(orgId, programId, runId), mentoringKey(orgId));
}
