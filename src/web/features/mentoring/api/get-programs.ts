import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZProgramSummary } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programsKey } from './query-keys.ts';

export type ProgramSummary = z.output<typeof ZProgramSummary>;

/** Coordinators get every program; members the ones they may apply to or have applied to. */
export function getPrograms(orgId: string): Promise<{ programs: ProgramSummary[] }> {
  return api(`/api/orgs/${orgId}/mentoring/programs`);
}

export function usePrograms(orgId: string) {
  return useQuery({
    queryKey: [...programsKey(orgId), 'list'],
    queryFn: () => getPrograms(orgId),
    select: (data) => data.programs,
  });
}
