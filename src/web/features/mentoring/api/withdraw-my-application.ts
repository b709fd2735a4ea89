import type { ApplicationSide } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { programsKey } from './query-keys.ts';

export function withdrawMyApplication(orgId: string, programId: string, side: ApplicationSide): Promise<void> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/applications/mine/${side}`, { method: 'DELETE' });
}

export function useWithdrawMyApplication(orgId: string, programId: string) {
  return useInvalidatingMutation(
    (side: ApplicationSide) => withdrawMyApplication(orgId, programId, side),
    programsKey(orgId),
  );
}
