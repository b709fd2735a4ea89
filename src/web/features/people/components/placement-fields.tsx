import { Select, SimpleGrid } from '@mantine/core';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useOrgPlaces } from './use-org-places.ts';

export interface Placement {
  siteId: string | null;
  departmentId: string | null;
  cohortId: string | null;
}

/** Where a person works and trains: the organisation's own lists, each optional. */
export function PlacementFields({
  value,
  onChange,
  errorFor,
}: {
  value: Placement;
  onChange: (placement: Placement) => void;
  errorFor: (field: string) => string | undefined;
}) {
  const { orgId } = useCurrentOrg();
  const { siteOptions, departmentOptions, cohortOptions } = useOrgPlaces(orgId);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      <Select
        label="Site"
        placeholder="None"
        data={siteOptions}
        value={value.siteId}
        onChange={(siteId) => onChange({ ...value, siteId })}
        clearable
        searchable
        error={errorFor('siteId')}
      />
      <Select
        label="Department"
        placeholder="None"
        data={departmentOptions}
        value={value.departmentId}
        onChange={(departmentId) => onChange({ ...value, departmentId })}
        clearable
        searchable
        error={errorFor('departmentId')}
      />
      <Select
        label="Cohort"
        placeholder="None"
        data={cohortOptions}
        value={value.cohortId}
        onChange={(cohortId) => onChange({ ...value, cohortId })}
        clearable
        searchable
        error={errorFor('cohortId')}
      />
    </SimpleGrid>
  );
}
