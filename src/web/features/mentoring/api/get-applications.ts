import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZApplicationView } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

export type ApplicationView = z.output<typeof ZApplicationView>;

export function getApplications(orgId: string, programId: string): Promise<{ applications: ApplicationView[] }> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/applications`);
}

export function useApplications(orgId: string, programId: string) {
  return useQuery({
    queryKey: [...programKey(orgId, programId), 'applications'],
    queryFn: () => getApplications(orgId, programId),
    select: (data) => data.applications,
  });
}
