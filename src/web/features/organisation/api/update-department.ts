import type { Department } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { departmentsQueryKey } from './get-departments.ts';
import type { DepartmentFields } from './create-department.ts';

export function updateDepartment(orgId: string, departmentId: string, body: DepartmentFields): Promise<Department> {
  return api(`/api/orgs/${orgId}/departments/${departmentId}`, { method: 'PATCH', body });
}

export function useUpdateDepartment(orgId: string) {
  return useInvalidatingMutation(
    ({ id, ...body }: DepartmentFields & { id: string }) => updateDepartment(orgId, id, body),
    departmentsQueryKey(orgId),
  );
}
