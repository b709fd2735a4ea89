import type { z } from 'zod';
import type { Pair, ZGoalBody } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { usePairWrite } from './get-pair.ts';

export type GoalBody = z.output<typeof ZGoalBody>;

export function addGoal(orgId: string, pairId: string, body: GoalBody): Promise<Pair> {
  return api(`/api/orgs/${orgId}/mentoring/pairs/${pairId}/goals`, { method: 'POST', body });
}

export function useAddGoal(orgId: string, pairId: string) {
  return usePairWrite(orgId, pairId, (body: GoalBody) => addGoal(orgId, pairId, body));
}
