import { useMutation } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';

/** "Place me": asks the program's coordinator to place the person in one of its groups open to them. */
export function registerGroupInterest(orgId: string, programId: string, preferredGroupIds: string[] = []): Promise<{ preferredGroupIds: string[] }> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}/interest`, { method: 'PUT', body: { preferredGroupIds } });
}

/** Nothing a member sees lists their interest, so there is nothing to refresh. */
export function useRegisterGroupInterest(orgId: string) {
  return useMutation({ mutationFn: (programId: string) => registerGroupInterest(orgId, programId) });
}
