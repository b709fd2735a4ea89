import { Fieldset, MultiSelect, Stack, Text } from '@mantine/core';
import { ROLE_LABELS, ROLES, type Role } from '#shared/contracts/common.ts';
import { useCohorts } from '#web/features/organisation/api/get-cohorts.ts';
import { useDepartments } from '#web/features/organisation/api/get-departments.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import type { GroupFormPartProps } from './group-form-values.ts';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Who may see and join the group: each list narrows it down, an empty list does not. */
export function GroupFormEligibility({ values, change, errorFor }: GroupFormPartProps) {
  const { orgId } = useCurrentOrg();
  const departments = useDepartments(orgId);
  const cohorts = useCohorts(orgId);
  const loading = (pending: boolean, empty: boolean, any: string) => (pending ? 'Loading…' : empty ? any : undefined);
  return (
    <Fieldset legend="Who may join" p={{ base: 'sm', sm: 'md' }}>
      <Text size="sm" mb="sm">
        Leave a list empty to open the group to everyone; each list you fill in narrows it down.
      </Text>
      <Stack gap="sm">
        <MultiSelect
          label="Departments"
          placeholder={loading(departments.isPending, values.departmentIds.length === 0, 'Any department')}
          data={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          value={values.departmentIds}
          onChange={(ids) => change('departmentIds', ids)}
          searchable
          clearable
          error={errorFor('eligibility.departmentIds')}
        />
        <MultiSelect
          label="Cohorts"
          placeholder={loading(cohorts.isPending, values.cohortIds.length === 0, 'Any cohort')}
          data={(cohorts.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={values.cohortIds}
          onChange={(ids) => change('cohortIds', ids)}
          searchable
          clearable
          error={errorFor('eligibility.cohortIds')}
        />
        <MultiSelect
          label="Roles"
          placeholder={values.roles.length === 0 ? 'Any role' : undefined}
          data={ROLE_OPTIONS}
          value={values.roles}
          onChange={(roles) => change('roles', roles as Role[])}
          clearable
          error={errorFor('eligibility.roles')}
        />
      </Stack>
    </Fieldset>
  );
}
