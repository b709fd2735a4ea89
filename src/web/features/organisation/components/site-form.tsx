import { Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZSiteBody, type Site } from '#shared/contracts/organisation.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useCreateSite } from '../api/create-site.ts';
import { useUpdateSite } from '../api/update-site.ts';
import { FormActions } from './form-actions.tsx';

const FIELDS = ['name'] as const;

export function SiteForm({ item, onDone }: { item?: Site; onDone: () => void }) {
  const { orgId } = useCurrentOrg();
  const create = useCreateSite(orgId);
  const update = useUpdateSite(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [name, setName] = useState(item?.name ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZSiteBody, { name });
    if (!body) return;
    const options = { onSuccess: onDone, onError: showError };
    if (item) update.mutate({ id: item.id, ...body }, options);
    else create.mutate(body, options);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label="Site name" description="A hospital, campus or clinic." required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor('name')} data-autofocus />
        <FormActions pending={create.isPending || update.isPending} onCancel={onDone} submitLabel={item ? 'Save site' : 'Add site'} />
      </Stack>
    </form>
  );
}
