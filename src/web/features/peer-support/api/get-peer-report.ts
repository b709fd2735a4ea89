import { useQuery } from '@tanstack/react-query';
import type { PeerReport } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { leadKey } from './lead-query-keys.ts';

/** The same report as a spreadsheet, with the same figures hidden. */
export const peerReportCsvUrl = (orgId: string, months: number) =>
  `/api/orgs/${orgId}/peer-support/report.csv?months=${months}`;

/** Requests, times to first contact, outcomes, debriefs and load per month: counts only, under 5 hidden (privacy rule 4). */
export function getPeerReport(orgId: string, months: number): Promise<PeerReport> {
  return api(`/api/orgs/${orgId}/peer-support/report`, { query: { months } });
}

export function usePeerReport(orgId: string, months: number) {
  return useQuery({ queryKey: [...leadKey(orgId), 'report', months], queryFn: () => getPeerReport(orgId, months) });
}
