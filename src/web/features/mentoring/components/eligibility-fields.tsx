import { MultiSelect, Paper, Stack, Title } from '@mantine/core';
import { ROLE_LABELS, ROLES, type Role } from '#shared/contracts/common.ts';
import type { Eligibility } from '#shared/contracts/mentoring.ts';
import { CAREER_STAGE_LABELS, CAREER_STAGES } from '#shared/contracts/profile.ts';

const STAGE_OPTIONS = CAREER_STAGES.map((stage) => ({ value: stage, label: CAREER_STAGE_LABELS[stage] }));
const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

interface EligibilityFieldsProps {
  /** "Mentors" or "Mentees": the side this rule is for. */
  side: string;
  value: Eligibility;
  onChange: (value: Eligibility) => void;
  cohortOptions: { value: string; label: string }[];
  errorFor: (field: string) => string | undefined;
  /** The field's path in the settings: "mentorEligibility" or "menteeEligibility". */
  path: string;
}

/** Who may apply on one side: each list narrows it down, an empty list does not. */
export function EligibilityFields({ side, value, onChange, cohortOptions, errorFor, path }: EligibilityFieldsProps) {
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h5" mb="sm">
        {side}
      </Title>
      <Stack gap="sm">
        <MultiSelect
          label={`${side}: cohorts`}
          placeholder={value.cohortIds.length ? undefined : 'Any cohort'}
          data={cohortOptions}
          value={value.cohortIds}
          onChange={(cohortIds) => onChange({ ...value, cohortIds })}
          searchable
          clearable
          size="md"
          error={errorFor(`${path}.cohortIds`)}
        />
        <MultiSelect
          label={`${side}: career stages`}
          placeholder={value.careerStages.length ? undefined : 'Any stage'}
          data={STAGE_OPTIONS}
          value={value.careerStages}
          onChange={(careerStages) => onChange({ ...value, careerStages: careerStages as Eligibility['careerStages'] })}
          clearable
          size="md"
          error={errorFor(`${path}.careerStages`)}
        />
        <MultiSelect
          label={`${side}: roles`}
          placeholder={value.roles.length ? undefined : 'Any role'}
          data={ROLE_OPTIONS}
          value={value.roles}
          onChange={(roles) => onChange({ ...value, roles: roles as Role[] })}
          clearable
          size="md"
          error={errorFor(`${path}.roles`)}
        />
      </Stack>
    </Paper>
  );
}
