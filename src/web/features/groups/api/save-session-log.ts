import type { z } from 'zod';
import type { ZSessionLog, ZSessionLogBody } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useFacilitationWrite } from './get-facilitation.ts';

export type SessionLogBody = z.output<typeof ZSessionLogBody>;

/** The session log: a head count, themes from the list, signposting and escalation as yes or no; no names, no free text. */
export function saveSessionLog(
  orgId: string,
  groupId: string,
  sessionId: string,
  body: SessionLogBody,
): Promise<z.output<typeof ZSessionLog>> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/sessions/${sessionId}/log`, { method: 'PUT', body });
}

export function useSaveSessionLog(orgId: string, groupId: string) {
  return useFacilitationWrite(orgId, groupId, ({ sessionId, ...body }: SessionLogBody & { sessionId: string }) =>
    saveSessionLog(orgId, groupId, sessionId, body),
  );
}
