import { useQuery } from '@tanstack/react-query';
import type { Department } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';

export const departmentsQueryKey = (orgId: string) => ['orgs', orgId, 'departments'] as const;

export function getDepartments(orgId: string): Promise<{ departments: Department[] }> {
  return api(`/api/orgs/${orgId}/departments`);
}

export function useDepartments(orgId: string) {
  return useQuery({
    queryKey: departmentsQueryKey(orgId),
    queryFn: () => getDepartments(orgId),
    select: (data) => data.departments,
  });
}
