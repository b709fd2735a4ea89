import type { Program, ProgramSettings } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { useReplacingMutation } from '#web/lib/invalidating-mutation.ts';
import { programSettingsKey } from './get-program.ts';
import { programsKey } from './query-keys.ts';

export function updateProgram(orgId: string, programId: string, settings: ProgramSettings): Promise<Program> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}`, { method: 'PUT', body: settings });
}

export function useUpdateProgram(orgId: string, programId: string) {
  return useReplacingMutation(
    (settings: ProgramSettings) => updateProgram(orgId, programId, settings),
    programSettingsKey(orgId, programId),
    programsKey(orgId),
  );
}
