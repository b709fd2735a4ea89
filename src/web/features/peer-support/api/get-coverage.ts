import { useQuery } from '@tanstack/react-query';
import type { Coverage } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { leadKey } from './lead-query-keys.ts';

/** What needs doing before the roster lets someone down: empty shifts this week, and supporters who need something. */
export function getCoverage(orgId: string): Promise<Coverage> {
  return api(`/api/orgs/${orgId}/peer-support/coverage`);
}

export function useCoverage(orgId: string) {
  return useQuery({ queryKey: [...leadKey(orgId), 'coverage'], queryFn: () => getCoverage(orgId) });
}
