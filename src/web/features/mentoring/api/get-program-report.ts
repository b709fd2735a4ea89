import { useQuery } from '@tanstack/react-query';
import type { ProgramReport } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

export const programReportKey = (orgId: string, programId: string) =>
  [...programKey(orgId, programId), 'report'] as const;

/** The program at a glance for its coordinators; any figure drawn from fewer than 5 people comes back suppressed. */
export function getProgramReport(orgId: string, programId: string): Promise<ProgramReport> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/report`);
}

export function useProgramReport(orgId: string, programId: string) {
  return useQuery({ queryKey: programReportKey(orgId, programId), queryFn: () => getProgramReport(orgId, programId) });
}
