import { Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { ZodType } from 'zod';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { DateRangeFields } from './date-range-fields.tsx';

export interface Save<Variables> {
  mutate: (variables: Variables, options: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
  isPending: boolean;
}

/** What a kind of set-up record is called, and the contract it is checked against before it is sent. */
export interface RecordKind<Body> {
  /** Singular noun for labels: "site", "department"; the buttons say "Add site", "Save site". */
  noun: string;
  nameLabel: string;
  nameDescription?: string;
  schema: ZodType<Body>;
}

/** What the set-up list gives the form of one of its records. */
export interface RecordFormProps<T, Body> {
  kind: RecordKind<Body>;
  /** The record to edit; none to add a new one. */
  item?: T | undefined;
  create: Save<Body>;
  update: Save<Body & { id: string }>;
  /** Called after saving, and on Cancel. */
  onDone: () => void;
}

interface NamedRecordFormProps<Body> extends RecordFormProps<{ id: string; name: string }, Body> {
  /** The record's fields besides its name, kept by the form that shows them. */
  values?: Record<string, unknown>;
  /** The fields below the name, given the error the check or the server found in each. */
  children?: (errorFor: (field: string) => string | undefined) => ReactNode;
}

/**
 * The form every set-up record shares (a site, a department, a cohort, a rotation term): a name, the
 * record's own fields, and Cancel beside Add or Save. It adds the record, or saves the one given.
 */
export function NamedRecordForm<Body>(props: NamedRecordFormProps<Body>) {
  const { kind, item, values = {}, create, update, onDone, children } = props;
  const { noun, nameLabel, nameDescription, schema } = kind;
  const { formError, validate, showError, errorFor } = useFormErrors(['name', ...Object.keys(values)]);
  const [name, setName] = useState(item?.name ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(schema, { name, ...values });
    if (!body) return;
    const options = { onSuccess: onDone, onError: showError };
    if (item) update.mutate({ id: item.id, ...body }, options);
    else create.mutate(body, options);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput
          label={nameLabel}
          description={nameDescription}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={errorFor('name')}
          data-autofocus
        />
        {children?.(errorFor)}
        <FormActions onCancel={onDone} pending={(item ? update : create).isPending}>
          {item ? `Save ${noun}` : `Add ${noun}`}
        </FormActions>
      </Stack>
    </form>
  );
}

type DateRange = { startsOn: string; endsOn: string };

interface DatedRecordFormProps<Body> extends RecordFormProps<{ id: string; name: string } & DateRange, Body> {
  /** The dates the record's must lie within (a term within its cohort's). */
  within?: DateRange;
  /** What to say above the dates. */
  note?: ReactNode;
}

/** A set-up record that has a name and a start and end date: a cohort, a rotation term. */
export function DatedRecordForm<Body>({ item, within, note, ...props }: DatedRecordFormProps<Body>) {
  const [range, setRange] = useState({ startsOn: item?.startsOn ?? '', endsOn: item?.endsOn ?? '' });
  return (
    <NamedRecordForm {...props} item={item} values={range}>
      {(errorFor) => (
        <>
          {note}
          <DateRangeFields {...range} onChange={setRange} errorFor={errorFor} within={within} />
        </>
      )}
    </NamedRecordForm>
  );
}
