import { useMutation } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';

/** No longer asks to be placed in a group of the program. */
export function withdrawGroupInterest(orgId: string, programId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}/interest`, { method: 'DELETE' });
}

export function useWithdrawGroupInterest(orgId: string) {
  return useMutation({ mutationFn: (programId: string) => withdrawGroupInterest(orgId, programId) });
}
