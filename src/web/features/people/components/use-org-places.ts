import { useMemo } from 'react';
import { useCohorts } from '#web/features/organisation/api/get-cohorts.ts';
import { useDepartments } from '#web/features/organisation/api/get-departments.ts';
import { useSites } from '#web/features/organisation/api/get-sites.ts';

interface Option {
  value: string;
  label: string;
}

/** The organisation's sites, departments and cohorts, as select options and as id → name. */
export function useOrgPlaces(orgId: string) {
  const sites = useSites(orgId);
  const departments = useDepartments(orgId);
  const cohorts = useCohorts(orgId);

  return useMemo(() => {
    const options = (items: { id: string; name: string }[] | undefined): Option[] =>
      (items ?? []).map((i) => ({ value: i.id, label: i.name }));
    const names = new Map<string, string>();
    for (const item of [...(sites.data ?? []), ...(departments.data ?? []), ...(cohorts.data ?? [])])
      names.set(item.id, item.name);
    return {
      siteOptions: options(sites.data),
      departmentOptions: options(departments.data),
      cohortOptions: options(cohorts.data),
      nameOf: (id: string | null): string => (id ? (names.get(id) ?? '') : ''),
    };
  }, [sites.data, departments.data, cohorts.data]);
}
