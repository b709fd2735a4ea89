import type { z } from 'zod';
import type { ZSupervisionBody, ZSupervisionRecord } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { supporterSelfKey } from './query-keys.ts';

export type SupervisionBody = z.input<typeof ZSupervisionBody>;

/** Logs a supervision session the supporter had (when and how long; nothing of what was said). */
export function logMySupervision(orgId: string, body: SupervisionBody): Promise<z.output<typeof ZSupervisionRecord>> {
  return api(`/api/orgs/${orgId}/peer-support/me/supervision`, { method: 'POST', body });
}

export function useLogMySupervision(orgId: string) {
  return useInvalidatingMutation((body: SupervisionBody) => logMySupervision(orgId, body), supporterSelfKey(orgId));
}
