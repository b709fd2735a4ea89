import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZAllocation } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { groupProgramsKey } from './program-query-keys.ts';

export type Allocation = z.output<typeof ZAllocation>;

/** The engine's proposal of places; with `apply` the places are made and the people told. */
export function runGroupAllocation(orgId: string, programId: string, apply: boolean): Promise<Allocation> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}/allocation`, { method: 'POST', body: { apply } });
}

export function useRunGroupAllocation(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (apply: boolean) => runGroupAllocation(orgId, programId, apply),
    onSuccess: (allocation) =>
      allocation.applied ? queryClient.invalidateQueries({ queryKey: groupProgramsKey(orgId) }) : undefined,
  });
}
