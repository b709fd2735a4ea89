import type { Pair } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { usePairWrite } from './get-pair.ts';

/** A no-fault request for a new match; the coordinator sees that it was asked, never why. */
export function requestRematch(orgId: string, pairId: string): Promise<Pair> {
  return api(`/api/orgs/${orgId}/mentoring/pairs/${pairId}/rematch-request`, { method: 'POST' });
}

export function useRequestRematch(orgId: string, pairId: string) {
  return usePairWrite(orgId, pairId, () => requestRematch(orgId, pairId));
}
