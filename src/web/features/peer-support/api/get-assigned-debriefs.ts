import { useQuery } from '@tanstack/react-query';
import type { DebriefForSupporter } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { assignedDebriefsKey } from './lead-query-keys.ts';

/** Debriefs the signed-in supporter is one of the two to run: who is invited and what they answered. */
export function getAssignedDebriefs(orgId: string): Promise<{ debriefs: DebriefForSupporter[] }> {
  return api(`/api/orgs/${orgId}/peer-support/debriefs/assigned`);
}

export function useAssignedDebriefs(orgId: string) {
  return useQuery({ queryKey: assignedDebriefsKey(orgId), queryFn: () => getAssignedDebriefs(orgId) });
}
