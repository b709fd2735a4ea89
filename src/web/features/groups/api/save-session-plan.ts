import type { SessionPlan } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useFacilitationWrite } from './get-facilitation.ts';

/** The group's plan for every session: check-in, theme, check-out, signposting. */
export function saveSessionPlan(orgId: string, groupId: string, plan: SessionPlan): Promise<SessionPlan> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/plan`, { method: 'PUT', body: plan });
}

export function useSaveSessionPlan(orgId: string, groupId: string) {
  return useFacilitationWrite(orgId, groupId, (plan: SessionPlan) => saveSessionPlan(orgId, groupId, plan));
}
