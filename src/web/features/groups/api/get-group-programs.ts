import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZGroupProgramSummary } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { groupProgramsKey } from './program-query-keys.ts';

export type GroupProgramSummary = z.output<typeof ZGroupProgramSummary>;

/** Every group program of the organisation, with its groups, members and wait-list counted. */
export function getGroupPrograms(orgId: string): Promise<{ programs: GroupProgramSummary[] }> {
  return api(`/api/orgs/${orgId}/group-programs`);
}

export function useGroupPrograms(orgId: string) {
  return useQuery({
    queryKey: [...groupProgramsKey(orgId), 'list'],
    queryFn: () => getGroupPrograms(orgId),
    select: (data) => data.programs,
  });
}
