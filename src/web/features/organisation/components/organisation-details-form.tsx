import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState, type FormEvent } from 'react';
import { ZOrganisationUpdate, type Organisation } from '#shared/contracts/organisation.ts';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useUpdateOrganisation } from '../api/update-organisation.ts';

const FIELDS = ['name', 'timeZone'] as const;

export function OrganisationDetailsForm({ organisation }: { organisation: Organisation }) {
  const update = useUpdateOrganisation(organisation.id);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [name, setName] = useState(organisation.name);
  const [timeZone, setTimeZone] = useState<string | null>(organisation.timeZone);
  const timeZones = useMemo(() => {
    const known = Intl.supportedValuesOf('timeZone');
    return known.includes(organisation.timeZone) ? known : [organisation.timeZone, ...known];
  }, [organisation.timeZone]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZOrganisationUpdate, { name, timeZone: timeZone ?? '' });
    if (body) update.mutate(body, { onError: showError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={520}>
        <FormError message={formError} />
        <TextInput
          label="Organisation name"
          required
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            update.reset();
          }}
          error={errorFor('name')}
        />
        <Select
          label="Time zone"
          description="Meeting times, reminders and dates are shown in this time zone."
          data={timeZones}
          value={timeZone}
          onChange={(value) => {
            setTimeZone(value);
            update.reset();
          }}
          searchable
          limit={50}
          allowDeselect={false}
          nothingFoundMessage="No time zone of that name"
          error={errorFor('timeZone')}
        />
        <Text size="sm">Country: {organisation.country}</Text>
        <SaveButton pending={update.isPending} saved={update.isSuccess}>
          Save
        </SaveButton>
      </Stack>
    </form>
  );
}
