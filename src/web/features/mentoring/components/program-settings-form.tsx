import { NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { ZProgramSettings, type Program, type ProgramSettings } from '#shared/contracts/mentoring.ts';
import { ProgramAboutFields } from '#web/components/program-about-fields.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { Section } from '#web/components/section.tsx';
import { useCohorts } from '#web/features/organisation/api/get-cohorts.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useSettingsForm } from '#web/lib/settings-form.ts';
import { useUpdateProgram } from '../api/update-program.ts';
import { CriteriaWeights } from './criteria-weights.tsx';
import { EligibilityFields } from './eligibility-fields.tsx';
import { QuestionBuilder } from './question-builder.tsx';
import { TrainingGateFields } from './training-gate-fields.tsx';

const FIELDS = [
  'name',
  'description',
  'mentorEligibility',
  'menteeEligibility',
  'mentorCapacity',
  'questions',
  'criteria',
  'applicationsOpenOn',
  'applicationsCloseOn',
  'matchPublishOn',
  'endsOn',
  'scheduleCohortId',
  'cadenceDays',
  'trainingModuleIds',
] as const;

function settingsOf(program: Program): ProgramSettings {
  const { id: _id, template: _template, phase: _phase, publishedAt: _publishedAt, ...settings } = program;
  return settings;
}

export function ProgramSettingsForm({ program }: { program: Program }) {
  const { orgId } = useCurrentOrg();
  const cohorts = useCohorts(orgId);
  const save = useUpdateProgram(orgId, program.id);
  const { values, change, submit, formRef, formError, errorFor } = useSettingsForm({
    fields: FIELDS,
    schema: ZProgramSettings,
    initial: () => settingsOf(program),
    save,
  });
  const cohortOptions = (cohorts.data ?? []).map((c) => ({ value: c.id, label: c.name }));

  const date = (key: 'applicationsOpenOn' | 'applicationsCloseOn' | 'matchPublishOn' | 'endsOn', label: string) => (
    <TextInput
      label={label}
      type="date"
      required
      value={values[key]}
      onChange={(e) => change(key, e.currentTarget.value)}
      error={errorFor(key)}
    />
  );

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="xl">
        <FormError message={formError} />
        <Section title="About the program">
          <Stack gap="sm">
            <ProgramAboutFields
              values={values}
              onChange={change}
              errorFor={errorFor}
              descriptionHint="What members read before they apply."
            />
          </Stack>
        </Section>

        <Section title="Who may apply">
          <Text size="sm" mb="sm">
            Leave a list empty to let anyone apply on that side; each list you fill in narrows it down.
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <EligibilityFields
              side="Mentors"
              path="mentorEligibility"
              value={values.mentorEligibility}
              onChange={(v) => change('mentorEligibility', v)}
              cohortOptions={cohortOptions}
              errorFor={errorFor}
            />
            <EligibilityFields
              side="Mentees"
              path="menteeEligibility"
              value={values.menteeEligibility}
              onChange={(v) => change('menteeEligibility', v)}
              cohortOptions={cohortOptions}
              errorFor={errorFor}
            />
          </SimpleGrid>
          <NumberInput
            mt="md"
            maw={320}
            label="Most mentees per mentor"
            description="Mentors choose up to this many when they apply."
            min={1}
            max={10}
            allowDecimal={false}
            value={values.mentorCapacity}
            onChange={(v) => change('mentorCapacity', typeof v === 'number' ? v : Number(v) || 1)}
            error={errorFor('mentorCapacity')}
            size="md"
          />
        </Section>

        <Section title="Application questions">
          <QuestionBuilder
            value={values.questions}
            onChange={(questions) => change('questions', questions)}
            errorFor={errorFor}
          />
        </Section>

        <Section title="Matching criteria">
          <Text size="sm" mb="md">
            How much each one counts when a mentor and a mentee are scored as a pair. A mentee is never matched with
            their own supervisor, assessor or line manager (as the organisation recorded them under People, or the
            mentee listed them on their profile), whatever the weights.
          </Text>
          <CriteriaWeights
            value={values.criteria}
            onChange={(criteria) => change('criteria', criteria)}
            errorFor={errorFor}
          />
        </Section>

        <Section title="Dates and meetings">
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {date('applicationsOpenOn', 'Applications open on')}
              {date('applicationsCloseOn', 'Applications close on')}
              {date('matchPublishOn', 'Matches published on')}
              {date('endsOn', 'Program ends on')}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label="Meeting schedule follows the terms of"
                description="One meeting before and one after each rotation term of this cohort."
                placeholder={cohorts.isPending ? 'Loading…' : 'No schedule: pairs meet when it suits them'}
                data={cohortOptions}
                value={values.scheduleCohortId}
                onChange={(v) => change('scheduleCohortId', v)}
                clearable
                error={errorFor('scheduleCohortId')}
              />
              <NumberInput
                label="Days without a meeting before a pair is at risk"
                description="Between 7 and 180."
                min={7}
                max={180}
                allowDecimal={false}
                value={values.cadenceDays}
                onChange={(v) => change('cadenceDays', typeof v === 'number' ? v : Number(v) || 7)}
                error={errorFor('cadenceDays')}
                size="md"
              />
            </SimpleGrid>
          </Stack>
        </Section>

        <Section title="Mentor training">
          <TrainingGateFields
            value={values.trainingModuleIds}
            onChange={(ids) => change('trainingModuleIds', ids)}
            error={errorFor('trainingModuleIds')}
          />
        </Section>

        <SaveButton pending={save.isPending} saved={save.isSuccess} message="Settings saved">
          Save settings
        </SaveButton>
      </Stack>
    </form>
  );
}
