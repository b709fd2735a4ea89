import { Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZRotationTermBody, type Cohort, type RotationTerm } from '#shared/contracts/organisation.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useCreateTerm } from '../api/create-term.ts';
import { useUpdateTerm } from '../api/update-term.ts';
import { DateRangeFields } from './date-range-fields.tsx';
import { FormActions } from './form-actions.tsx';

const FIELDS = ['name', 'startsOn', 'endsOn'] as const;

/** A rotation term within its cohort's dates; the server names the date that is outside them or overlaps another term. */
export function TermForm({ cohort, item, onDone }: { cohort: Cohort; item?: RotationTerm; onDone: () => void }) {
  const { orgId } = useCurrentOrg();
  const cohortId = cohort.id;
  const create = useCreateTerm(orgId, cohortId);
  const update = useUpdateTerm(orgId, cohortId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [name, setName] = useState(item?.name ?? '');
  const [range, setRange] = useState({ startsOn: item?.startsOn ?? '', endsOn: item?.endsOn ?? '' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZRotationTermBody, { name, ...range });
    if (!body) return;
    const options = { onSuccess: onDone, onError: showError };
    if (item) update.mutate({ id: item.id, ...body }, options);
    else create.mutate(body, options);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label="Term name" description='For example "Term 1" or "Emergency rotation".' required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor('name')} data-autofocus />
        <Text size="sm" c="dimmed">
          {cohort.name} runs from {formatCalendarDate(cohort.startsOn)} to {formatCalendarDate(cohort.endsOn)}; its terms lie within those dates.
        </Text>
        <DateRangeFields {...range} onChange={setRange} errorFor={errorFor} within={cohort} />
        <FormActions pending={create.isPending || update.isPending} onCancel={onDone} submitLabel={item ? 'Save term' : 'Add term'} />
      </Stack>
    </form>
  );
}
