import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZGroupProgram } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { groupProgramKey } from './program-query-keys.ts';

export type GroupProgram = z.output<typeof ZGroupProgram>;

export const groupProgramDetailKey = (orgId: string, programId: string) =>
  [...groupProgramKey(orgId, programId), 'detail'] as const;

/** The program with its groups: settings, places taken, wait-list and facilitators. */
export function getGroupProgram(orgId: string, programId: string): Promise<GroupProgram> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}`);
}

export function useGroupProgram(orgId: string, programId: string) {
  return useQuery({
    queryKey: groupProgramDetailKey(orgId, programId),
    queryFn: () => getGroupProgram(orgId, programId),
  });
}
