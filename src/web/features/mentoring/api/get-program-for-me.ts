import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZProgramForMember } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

export type ProgramForMember = z.output<typeof ZProgramForMember>;
export type MyApplication = ProgramForMember['myApplications'][number];

export const programForMeKey = (orgId: string, programId: string) =>
  [...programKey(orgId, programId), 'for-me'] as const;

/** A program as the signed-in member sees it: which side they may apply for and what they applied for. */
export function getProgramForMe(orgId: string, programId: string): Promise<ProgramForMember> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/for-me`);
}

export function useProgramForMe(orgId: string, programId: string) {
  return useQuery({ queryKey: programForMeKey(orgId, programId), queryFn: () => getProgramForMe(orgId, programId) });
}
