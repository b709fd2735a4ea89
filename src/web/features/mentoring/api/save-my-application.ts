import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZApplicationBody } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programForMeKey, type ProgramForMember } from './get-program-for-me.ts';
import { programsKey } from './query-keys.ts';

export type ApplicationBody = z.output<typeof ZApplicationBody>;
export type Answers = ApplicationBody['answers'];

/** Applies, or changes an application already made for the same side. */
export function saveMyApplication(orgId: string, programId: string, body: ApplicationBody): Promise<ProgramForMember> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/applications/mine`, { method: 'PUT', body });
}

export function useSaveMyApplication(orgId: string, programId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ApplicationBody) => saveMyApplication(orgId, programId, body),
    onSuccess: (forMe) => {
      queryClient.setQueryData(programForMeKey(orgId, programId), forMe);
      return queryClient.invalidateQueries({ queryKey: [...programsKey(orgId), 'list'] });
    },
  });
}
