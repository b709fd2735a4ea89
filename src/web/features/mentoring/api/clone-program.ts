import type { z } from 'zod';
import type { Program, ZCloneBody } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { programsKey } from './query-keys.ts';

export type CloneBody = z.input<typeof ZCloneBody>;

/** Next year's program from this one, optionally inviting this year's mentees to mentor in it. */
export function cloneProgram(
  orgId: string,
  programId: string,
  body: CloneBody,
): Promise<{ program: Program; invited: number }> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/clone`, { method: 'POST', body });
}

export function useCloneProgram(orgId: string, programId: string) {
  return useInvalidatingMutation((body: CloneBody) => cloneProgram(orgId, programId, body), programsKey(orgId));
}
