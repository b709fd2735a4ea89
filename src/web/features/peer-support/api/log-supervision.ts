import type { z } from 'zod';
import type { ZSupervisionBody, ZSupervisionRecord } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { leadKey } from './lead-query-keys.ts';

export type SupervisionBody = z.output<typeof ZSupervisionBody>;

/** A supervision session a supporter had with their supervisor: when, and how long. Never what was said. */
export function logSupervision(
  orgId: string,
  personId: string,
  body: SupervisionBody,
): Promise<z.output<typeof ZSupervisionRecord>> {
  return api(`/api/orgs/${orgId}/peer-support/supporters/${personId}/supervision`, { method: 'POST', body });
}

export function useLogSupervision(orgId: string) {
  return useInvalidatingMutation(
    ({ personId, body }: { personId: string; body: SupervisionBody }) => logSupervision(orgId, personId, body),
    leadKey(orgId),
  );
}
