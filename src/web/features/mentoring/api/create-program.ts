import type { z } from 'zod';
import type { Program, ZCreateProgram } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { programsKey } from './query-keys.ts';

export type CreateProgramBody = z.output<typeof ZCreateProgram>;

/** A new program, filled in from the template: dates, cohorts, criteria and questions. */
export function createProgram(orgId: string, body: CreateProgramBody): Promise<Program> {
  return api(`/api/orgs/${orgId}/mentoring/programs`, { method: 'POST', body });
}

export function useCreateProgram(orgId: string) {
  return useInvalidatingMutation((body: CreateProgramBody) => createProgram(orgId, body), programsKey(orgId));
}
