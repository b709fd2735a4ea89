import type { z } from 'zod';
import type { ZGroupProgramSettings } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useReplacingMutation } from '#web/lib/invalidating-mutation.ts';
import { groupProgramDetailKey, type GroupProgram } from './get-group-program.ts';
import { groupProgramsKey } from './program-query-keys.ts';

export type GroupProgramSettings = z.output<typeof ZGroupProgramSettings>;

export function updateGroupProgram(
  orgId: string,
  programId: string,
  settings: GroupProgramSettings,
): Promise<GroupProgram> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}`, { method: 'PUT', body: settings });
}

export function useUpdateGroupProgram(orgId: string, programId: string) {
  return useReplacingMutation(
    (settings: GroupProgramSettings) => updateGroupProgram(orgId, programId, settings),
    groupProgramDetailKey(orgId, programId),
    groupProgramsKey(orgId),
  );
}
