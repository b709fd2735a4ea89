import { useQuery } from '@tanstack/react-query';
import type { Person } from '#shared/contracts/people.ts';
import { api } from '#web/lib/api-client.ts';

/** Under the people key, so a change of someone's roles refreshes it too. */
export const facilitatorCandidatesKey = (orgId: string) => ['orgs', orgId, 'people', 'facilitators'] as const;

/** People of the organisation with the facilitator role: the only ones who may facilitate a group. */
export function getFacilitatorCandidates(orgId: string): Promise<{ people: Person[]; total: number }> {
  return api(`/api/orgs/${orgId}/people`, { query: { role: 'facilitator', pageSize: 200 } });
}

export function useFacilitatorCandidates(orgId: string) {
  return useQuery({
    queryKey: facilitatorCandidatesKey(orgId),
    queryFn: () => getFacilitatorCandidates(orgId),
    select: (data) => data.people.filter((p) => p.status === 'active'),
  });
}
