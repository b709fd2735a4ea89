import type { z } from 'zod';
import type { ZTrainingModuleBody } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import type { TrainingModule } from './get-training-modules.ts';
import { trainingKey } from './query-keys.ts';

export type TrainingModuleBody = z.output<typeof ZTrainingModuleBody>;

export function createTrainingModule(orgId: string, body: TrainingModuleBody): Promise<TrainingModule> {
  return api(`/api/orgs/${orgId}/training/modules`, { method: 'POST', body });
}

export function useCreateTrainingModule(orgId: string) {
  return useInvalidatingMutation((body: TrainingModuleBody) => createTrainingModule(orgId, body), trainingKey(orgId));
}
