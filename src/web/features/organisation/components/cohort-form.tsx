import { Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZCohortBody, type Cohort } from '#shared/contracts/organisation.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useCreateCohort } from '../api/create-cohort.ts';
import { useUpdateCohort } from '../api/update-cohort.ts';
import { DateRangeFields } from './date-range-fields.tsx';
import { FormActions } from './form-actions.tsx';

const FIELDS = ['name', 'startsOn', 'endsOn'] as const;

export function CohortForm({ item, onDone }: { item?: Cohort; onDone: () => void }) {
  const { orgId } = useCurrentOrg();
  const create = useCreateCohort(orgId);
  const update = useUpdateCohort(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [name, setName] = useState(item?.name ?? '');
  const [range, setRange] = useState({ startsOn: item?.startsOn ?? '', endsOn: item?.endsOn ?? '' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZCohortBody, { name, ...range });
    if (!body) return;
    const options = { onSuccess: onDone, onError: showError };
    if (item) update.mutate({ id: item.id, ...body }, options);
    else create.mutate(body, options);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label="Cohort name" description='For example "PGY1 2027" or "Year 5 medicine".' required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor('name')} data-autofocus />
        <DateRangeFields {...range} onChange={setRange} errorFor={errorFor} />
        <FormActions pending={create.isPending || update.isPending} onCancel={onDone} submitLabel={item ? 'Save cohort' : 'Add cohort'} />
      </Stack>
    </form>
  );
}
