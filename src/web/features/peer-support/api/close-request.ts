import type { z } from 'zod';
import type { SupporterRequest, ZCloseBody } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { supportingKey } from './query-keys.ts';

export type CloseBody = z.input<typeof ZCloseBody>;

/** Closes a request with a record that holds no content: outcome, rough length, the follow-up time if booked. */
export function closeRequest(orgId: string, requestId: string, body: CloseBody): Promise<SupporterRequest> {
  return api(`/api/orgs/${orgId}/peer-support/requests/${requestId}/close`, { method: 'POST', body });
}

export function useCloseRequest(orgId: string, requestId: string) {
  return useInvalidatingMutation((body: CloseBody) => closeRequest(orgId, requestId, body), supportingKey(orgId));
}
