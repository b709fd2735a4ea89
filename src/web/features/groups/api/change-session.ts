import type { z } from 'zod';
import type { ZSession, ZSessionChange } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useFacilitationWrite } from './get-facilitation.ts';

export type SessionChange = z.input<typeof ZSessionChange>;

/** Moves, changes or cancels one coming session; members get an updated calendar invite. */
export function changeSession(
  orgId: string,
  groupId: string,
  sessionId: string,
  change: SessionChange,
): Promise<z.output<typeof ZSession>> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/sessions/${sessionId}`, { method: 'PATCH', body: change });
}

export function useChangeSession(orgId: string, groupId: string) {
  return useFacilitationWrite(orgId, groupId, ({ sessionId, ...change }: SessionChange & { sessionId: string }) =>
    changeSession(orgId, groupId, sessionId, change),
  );
}
