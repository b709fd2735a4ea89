import type { z } from 'zod';
import type { ZGroupProgramBody } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import type { GroupProgram } from './get-group-program.ts';
import { groupProgramsKey } from './program-query-keys.ts';

export type GroupProgramBody = z.output<typeof ZGroupProgramBody>;

/** A new program from a template: its name and description come filled in; groups are added next. */
export function createGroupProgram(orgId: string, body: GroupProgramBody): Promise<GroupProgram> {
  return api(`/api/orgs/${orgId}/group-programs`, { method: 'POST', body });
}

export function useCreateGroupProgram(orgId: string) {
  return useInvalidatingMutation((body: GroupProgramBody) => createGroupProgram(orgId, body), groupProgramsKey(orgId));
}
