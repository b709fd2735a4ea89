import { useQuery } from '@tanstack/react-query';
import type { PeerProgram } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { peerProgramKey } from './lead-query-keys.ts';

/** The organisation's one peer support program: its limits and the backup and lead who answer when nobody else does. */
export function getPeerProgram(orgId: string): Promise<PeerProgram> {
  return api(`/api/orgs/${orgId}/peer-support/program`);
}

export function usePeerProgram(orgId: string) {
  return useQuery({ queryKey: peerProgramKey(orgId), queryFn: () => getPeerProgram(orgId) });
}
