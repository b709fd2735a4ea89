import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';
import type { TrainingModule } from './get-training-modules.ts';
import { programsKey, trainingKey } from './query-keys.ts';

export function completeTrainingModule(orgId: string, moduleId: string): Promise<TrainingModule> {
  return api(`/api/orgs/${orgId}/training/modules/${moduleId}/complete`, { method: 'POST' });
}

export function useCompleteTrainingModule(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (moduleId: string) => completeTrainingModule(orgId, moduleId),
    // A completed module may open the mentor side of a program: its "still to do" list changes too.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trainingKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: programsKey(orgId) }),
      ]),
  });
}
