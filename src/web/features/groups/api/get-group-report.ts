import { useQuery } from '@tanstack/react-query';
import type { GroupReport } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { groupProgramKey } from './program-query-keys.ts';

/** The same report as a spreadsheet, with the same suppression of small numbers. */
export const groupReportCsvUrl = (orgId: string, programId: string) =>
  `/api/orgs/${orgId}/group-programs/${programId}/report.csv`;

/** Places, attendance, survey results and supervision; any survey figure from fewer than 5 answers comes back suppressed. */
export function getGroupReport(orgId: string, programId: string): Promise<GroupReport> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}/report`);
}

export function useGroupReport(orgId: string, programId: string) {
  return useQuery({
    queryKey: [...groupProgramKey(orgId, programId), 'report'],
    queryFn: () => getGroupReport(orgId, programId),
  });
}
