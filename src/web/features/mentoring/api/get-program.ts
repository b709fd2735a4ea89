import { useQuery } from '@tanstack/react-query';
import type { Program } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

export const programSettingsKey = (orgId: string, programId: string) =>
  [...programKey(orgId, programId), 'settings'] as const;

/** The whole program with its settings, for its coordinators. */
export function getProgram(orgId: string, programId: string): Promise<Program> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}`);
}

export function useProgram(orgId: string, programId: string) {
  return useQuery({ queryKey: programSettingsKey(orgId, programId), queryFn: () => getProgram(orgId, programId) });
}
