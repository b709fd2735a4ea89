import type { SupporterSelf } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { supporterSelfKey } from './query-keys.ts';

/** Off the roster until a date, no questions asked; null ends the break. */
export function setMyBreak(orgId: string, until: string | null): Promise<SupporterSelf> {
  return api(`/api/orgs/${orgId}/peer-support/me/break`, { method: 'PUT', body: { until } });
}

export function useSetMyBreak(orgId: string) {
  return useInvalidatingMutation((until: string | null) => setMyBreak(orgId, until), supporterSelfKey(orgId));
}
