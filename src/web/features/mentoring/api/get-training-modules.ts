import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZTrainingModule } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { trainingKey } from './query-keys.ts';

export type TrainingModule = z.output<typeof ZTrainingModule>;

/** The organisation's training modules, each with when the signed-in person completed it. */
export function getTrainingModules(orgId: string): Promise<{ modules: TrainingModule[] }> {
  return api(`/api/orgs/${orgId}/training/modules`);
}

export function useTrainingModules(orgId: string) {
  return useQuery({
    queryKey: trainingKey(orgId),
    queryFn: () => getTrainingModules(orgId),
    select: (data) => data.modules,
  });
}
