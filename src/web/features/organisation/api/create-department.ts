import type { z } from 'zod';
import type { Department, ZDepartmentBody } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { departmentsQueryKey } from './get-departments.ts';

export type DepartmentFields = z.output<typeof ZDepartmentBody>;

export function createDepartment(orgId: string, body: DepartmentFields): Promise<Department> {
  return api(`/api/orgs/${orgId}/departments`, { method: 'POST', body });
}

export function useCreateDepartment(orgId: string) {
  return useInvalidatingMutation((body: DepartmentFields) => createDepartment(orgId, body), departmentsQueryKey(orgId));
}
