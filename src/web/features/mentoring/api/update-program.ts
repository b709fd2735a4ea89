import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Program, ProgramSettings } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programSettingsKey } from './get-program.ts';
import { programsKey } from './query-keys.ts';

export function updateProgram(orgId: string, programId: string, settings: ProgramSettings): Promise<Program> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}`, { method: 'PUT', body: settings });
}

export function useUpdateProgram(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ProgramSettings) => updateProgram(orgId, programId, settings),
    onSuccess: (program) => {
      queryClient.setQueryData(programSettingsKey(orgId, programId), program);
      return queryClient.invalidateQueries({ queryKey: programsKey(orgId), predicate: (query) => query.queryKey.at(-1) !== 'settings' });
    },
  });
}
