import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { departmentsQueryKey } from './get-departments.ts';

/** Answers 409 `in_use` while people or other records still refer to it. */
export function deleteDepartment(orgId: string, departmentId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/departments/${departmentId}`, { method: 'DELETE' });
}

export function useDeleteDepartment(orgId: string) {
  return useInvalidatingMutation(
    (departmentId: string) => deleteDepartment(orgId, departmentId),
    departmentsQueryKey(orgId),
  );
}
