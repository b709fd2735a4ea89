import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CrisisResource } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { crisisResourcesQueryKey } from './get-crisis-resources.ts';

export function saveCrisisResources(orgId: string, resources: CrisisResource[]): Promise<unknown> {
  return api(`/api/orgs/${orgId}/crisis-resources`, { method: 'PUT', body: { resources } });
}

export function useSaveCrisisResources(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (resources: CrisisResource[]) => saveCrisisResources(orgId, resources),
    onSuccess: (_answer, resources) => {
      queryClient.setQueryData(crisisResourcesQueryKey(orgId), { resources });
      return queryClient.invalidateQueries({ queryKey: crisisResourcesQueryKey(orgId) });
    },
  });
}
