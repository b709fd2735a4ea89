import type { z } from 'zod';
import type { SupporterSummary, ZSupporterSettingsBody } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { leadKey } from './lead-query-keys.ts';

export type SupporterSettingsBody = z.output<typeof ZSupporterSettingsBody>;

/** A supporter's own weekly cap (null: the program's) and their named supervisor. */
export function updateSupporterSettings(
  orgId: string,
  personId: string,
  body: SupporterSettingsBody,
): Promise<SupporterSummary> {
  return api(`/api/orgs/${orgId}/peer-support/supporters/${personId}`, { method: 'PUT', body });
}

export function useUpdateSupporterSettings(orgId: string) {
  return useInvalidatingMutation(
    ({ personId, body }: { personId: string; body: SupporterSettingsBody }) =>
      updateSupporterSettings(orgId, personId, body),
    leadKey(orgId),
  );
}
