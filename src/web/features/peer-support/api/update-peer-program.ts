import type { z } from 'zod';
import type { PeerProgram, ZPeerProgramBody } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useReplacingMutation } from '#web/lib/invalidating-mutation.ts';
import { leadKey, peerProgramKey } from './lead-query-keys.ts';

export type PeerProgramBody = z.output<typeof ZPeerProgramBody>;

export function updatePeerProgram(orgId: string, body: PeerProgramBody): Promise<PeerProgram> {
  return api(`/api/orgs/${orgId}/peer-support/program`, { method: 'PUT', body });
}

/** Saves the program's settings; the coverage and report, which depend on them, are fetched again. */
export function useUpdatePeerProgram(orgId: string) {
  return useReplacingMutation(
    (body: PeerProgramBody) => updatePeerProgram(orgId, body),
    peerProgramKey(orgId),
    leadKey(orgId),
  );
}
