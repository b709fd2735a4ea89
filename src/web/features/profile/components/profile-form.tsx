import { Checkbox, Select, SimpleGrid, Stack, TagsInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  AVAILABILITY,
  CAREER_STAGE_LABELS,
  CAREER_STAGES,
  SHIFT_PATTERNS,
  ZProfile,
  type Profile,
} from '#shared/contracts/profile.ts';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { useDepartments } from '#web/features/organisation/api/get-departments.ts';
import { useSites } from '#web/features/organisation/api/get-sites.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useSaveProfile } from '../api/save-profile.ts';
import { AVAILABILITY_LABELS, SHIFT_PATTERN_LABELS } from './profile-labels.ts';

const FIELDS = [
  'careerStage',
  'siteId',
  'departmentId',
  'interests',
  'languages',
  'availability',
  'shiftPattern',
  'canOffer',
  'wantsHelpWith',
  'about',
] as const;

const TAGS_HINT = 'Press Enter or comma after each one.';

export function ProfileForm({ profile }: { profile: Profile }) {
  const { orgId } = useCurrentOrg();
  const sites = useSites(orgId);
  const departments = useDepartments(orgId);
  const saveProfile = useSaveProfile(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [values, setValues] = useState<Profile>(profile);

  function change<K extends keyof Profile>(key: K, value: Profile[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    saveProfile.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZProfile, values);
    if (body) saveProfile.mutate(body, { onError: showError });
  }

  const departmentOptions = (departments.data ?? [])
    .filter((d) => d.siteId === null || values.siteId === null || d.siteId === values.siteId)
    .map((d) => ({ value: d.id, label: d.name }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select
            label="Career stage"
            placeholder="Choose one"
            data={CAREER_STAGES.map((stage) => ({ value: stage, label: CAREER_STAGE_LABELS[stage] }))}
            value={values.careerStage}
            onChange={(value) => change('careerStage', value as Profile['careerStage'])}
            clearable
            error={errorFor('careerStage')}
          />
          <Select
            label="Site"
            placeholder={sites.isPending ? 'Loading…' : 'Choose one'}
            data={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
            value={values.siteId}
            onChange={(value) => change('siteId', value)}
            clearable
            searchable
            nothingFoundMessage="No site of that name"
            error={errorFor('siteId')}
          />
          <Select
            label="Department or specialty"
            placeholder={departments.isPending ? 'Loading…' : 'Choose one'}
            data={departmentOptions}
            value={values.departmentId}
            onChange={(value) => change('departmentId', value)}
            clearable
            searchable
            nothingFoundMessage="No department of that name"
            error={errorFor('departmentId')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TagsInput
            label="I can offer"
            description={`For example: exam tips, rural rotations, surviving nights. ${TAGS_HINT}`}
            value={values.canOffer}
            onChange={(value) => change('canOffer', value)}
            maxTags={20}
            clearable
            error={errorFor('canOffer')}
          />
          <TagsInput
            label="I would like help with"
            description={`For example: work-life balance, career choices. ${TAGS_HINT}`}
            value={values.wantsHelpWith}
            onChange={(value) => change('wantsHelpWith', value)}
            maxTags={20}
            clearable
            error={errorFor('wantsHelpWith')}
          />
          <TagsInput
            label="Interests"
            description={`Inside or outside medicine. ${TAGS_HINT}`}
            value={values.interests}
            onChange={(value) => change('interests', value)}
            maxTags={20}
            clearable
            error={errorFor('interests')}
          />
          <TagsInput
            label="Languages"
            description={TAGS_HINT}
            value={values.languages}
            onChange={(value) => change('languages', value)}
            maxTags={20}
            clearable
            error={errorFor('languages')}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Checkbox.Group
            label="Usually available"
            value={values.availability}
            onChange={(value) => change('availability', value as Profile['availability'])}
            error={errorFor('availability')}
          >
            <Stack gap="xs" mt="xs">
              {AVAILABILITY.map((slot) => (
                <Checkbox key={slot} value={slot} label={AVAILABILITY_LABELS[slot]} size="md" />
              ))}
            </Stack>
          </Checkbox.Group>
          <Select
            label="Shift pattern"
            placeholder="Choose one"
            data={SHIFT_PATTERNS.map((pattern) => ({ value: pattern, label: SHIFT_PATTERN_LABELS[pattern] }))}
            value={values.shiftPattern}
            onChange={(value) => change('shiftPattern', value as Profile['shiftPattern'])}
            clearable
            error={errorFor('shiftPattern')}
          />
        </SimpleGrid>
        <Textarea
          label="About you"
          description="A few lines for your mentor or peers. Please leave out anything about patients or cases."
          autosize
          minRows={3}
          maxLength={1000}
          value={values.about}
          onChange={(e) => change('about', e.currentTarget.value)}
          error={errorFor('about')}
        />
        <SaveButton pending={saveProfile.isPending} saved={saveProfile.isSuccess} message="Profile saved">
          Save profile
        </SaveButton>
      </Stack>
    </form>
  );
}
