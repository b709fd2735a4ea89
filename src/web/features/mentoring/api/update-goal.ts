import type { Pair } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import type { GoalBody } from './add-goal.ts';
import { usePairWrite } from './get-pair.ts';

export function updateGoal(orgId: string, pairId: string, goalId: string, body: GoalBody): Promise<Pair> {
  return api(`/api/orgs/${orgId}/mentoring/pairs/${pairId}/goals/${goalId}`, { method: 'PATCH', body });
}

export function useUpdateGoal(orgId: string, pairId: string) {
  return usePairWrite(orgId, pairId, ({ goalId, ...body }: GoalBody & { goalId: string }) =>
    updateGoal(orgId, pairId, goalId, body),
  );
}
