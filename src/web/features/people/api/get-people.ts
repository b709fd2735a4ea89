import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Role } from '#shared/contracts/common.ts';
import type { Person } from '#shared/contracts/people.ts';
import { api } from '#web/lib/api-client.ts';

export interface PeopleSearch {
  q: string;
  role: Role | null;
  page: number;
  pageSize: number;
}

export const peopleQueryKey = (orgId: string) => ['orgs', orgId, 'people'] as const;

export function getPeople(orgId: string, search: PeopleSearch): Promise<{ people: Person[]; total: number }> {
  return api(`/api/orgs/${orgId}/people`, {
    query: {
      q: search.q.trim() || undefined,
      role: search.role ?? undefined,
      page: search.page,
      pageSize: search.pageSize,
    },
  });
}

export function usePeople(orgId: string, search: PeopleSearch) {
  return useQuery({
    queryKey: [...peopleQueryKey(orgId), search],
    queryFn: () => getPeople(orgId, search),
    // Keep the current page on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
}
