import { Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZDepartmentBody, type Department } from '#shared/contracts/organisation.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useCreateDepartment } from '../api/create-department.ts';
import { useSites } from '../api/get-sites.ts';
import { useUpdateDepartment } from '../api/update-department.ts';
import { FormActions } from './form-actions.tsx';

const FIELDS = ['name', 'siteId'] as const;

export function DepartmentForm({ item, onDone }: { item?: Department; onDone: () => void }) {
  const { orgId } = useCurrentOrg();
  const sites = useSites(orgId);
  const create = useCreateDepartment(orgId);
  const update = useUpdateDepartment(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [name, setName] = useState(item?.name ?? '');
  const [siteId, setSiteId] = useState<string | null>(item?.siteId ?? null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZDepartmentBody, { name, siteId });
    if (!body) return;
    const options = { onSuccess: onDone, onError: showError };
    if (item) update.mutate({ id: item.id, ...body }, options);
    else create.mutate(body, options);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        <TextInput label="Department or specialty" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={errorFor('name')} data-autofocus />
        <Select
          label="Site"
          description="Leave empty if the department spans every site."
          placeholder="All sites"
          data={(sites.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
          value={siteId}
          onChange={setSiteId}
          clearable
          error={errorFor('siteId')}
        />
        <FormActions pending={create.isPending || update.isPending} onCancel={onDone} submitLabel={item ? 'Save department' : 'Add department'} />
      </Stack>
    </form>
  );
}
