import type { z } from 'zod';
import type { AssessorRelation, ZAssessorRelationBody } from '#shared/contracts/assessors.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peopleQueryKey } from './get-people.ts';

export type AssessorRelationBody = z.output<typeof ZAssessorRelationBody>;

export function recordAssessorRelation(orgId: string, body: AssessorRelationBody): Promise<AssessorRelation> {
  return api(`/api/orgs/${orgId}/assessor-relations`, { method: 'POST', body });
}

export function useRecordAssessorRelation(orgId: string) {
  return useInvalidatingMutation(
    (body: AssessorRelationBody) => recordAssessorRelation(orgId, body),
    peopleQueryKey(orgId),
  );
}
