import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peopleQueryKey } from './get-people.ts';
import type { AssessorRelationBody } from './record-assessor-relation.ts';

export function removeAssessorRelation(orgId: string, body: AssessorRelationBody): Promise<void> {
  return api(`/api/orgs/${orgId}/assessor-relations`, { method: 'DELETE', query: body });
}

export function useRemoveAssessorRelation(orgId: string) {
  return useInvalidatingMutation(
    (body: AssessorRelationBody) => removeAssessorRelation(orgId, body),
    peopleQueryKey(orgId),
  );
}
