import type { z } from 'zod';
import type { ZSupervisionBody, ZSupervisionRecord } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useFacilitationWrite } from './get-facilitation.ts';

export type SupervisionBody = z.input<typeof ZSupervisionBody>;

/** A supervision meeting the facilitator had, with whom, and after which session. */
export function recordSupervision(
  orgId: string,
  groupId: string,
  body: SupervisionBody,
): Promise<z.output<typeof ZSupervisionRecord>> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/supervision`, { method: 'POST', body });
}

export function useRecordSupervision(orgId: string, groupId: string) {
  return useFacilitationWrite(orgId, groupId, (body: SupervisionBody) => recordSupervision(orgId, groupId, body));
}
