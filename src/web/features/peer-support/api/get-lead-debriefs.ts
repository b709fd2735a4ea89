import { useQuery } from '@tanstack/react-query';
import type { Debrief } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { leadKey } from './lead-query-keys.ts';

/** Every debrief requested in the organisation, for the lead to staff: counts of who came, never names. */
export function getLeadDebriefs(orgId: string): Promise<{ debriefs: Debrief[] }> {
  return api(`/api/orgs/${orgId}/peer-support/debriefs`);
}

export function useLeadDebriefs(orgId: string) {
  return useQuery({ queryKey: [...leadKey(orgId), 'debriefs'], queryFn: () => getLeadDebriefs(orgId) });
}
