import type { Pair } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { usePairWrite } from './get-pair.ts';

export function acceptAgreement(orgId: string, pairId: string): Promise<Pair> {
  return api(`/api/orgs/${orgId}/mentoring/pairs/${pairId}/agreement`, { method: 'POST' });
}

export function useAcceptAgreement(orgId: string, pairId: string) {
  return usePairWrite(orgId, pairId, () => acceptAgreement(orgId, pairId));
}
