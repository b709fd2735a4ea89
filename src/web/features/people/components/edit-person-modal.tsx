import { Modal, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Role } from '#shared/contracts/common.ts';
import { ZPersonUpdate, type Person } from '#shared/contracts/people.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useUpdatePerson } from '../api/update-person.ts';
import { PlacementFields, type Placement } from './placement-fields.tsx';
import { RoleCheckboxes } from './role-checkboxes.tsx';

const FIELDS = ['roles', 'siteId', 'departmentId', 'cohortId'] as const;

export function EditPersonModal({ person, onClose }: { person: Person; onClose: () => void }) {
  const { orgId } = useCurrentOrg();
  const update = useUpdatePerson(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [roles, setRoles] = useState<Role[]>(person.roles);
  const [placement, setPlacement] = useState<Placement>({
    siteId: person.siteId,
    departmentId: person.departmentId,
    cohortId: person.cohortId,
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZPersonUpdate, { roles, ...placement });
    if (body) update.mutate({ id: person.id, ...body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal opened onClose={onClose} title={`Edit ${person.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {person.email}
          </Text>
          <FormError message={formError} />
          <RoleCheckboxes value={roles} onChange={setRoles} error={errorFor('roles')} />
          <PlacementFields value={placement} onChange={setPlacement} errorFor={errorFor} />
          <FormActions onCancel={onClose} pending={update.isPending}>
            Save changes
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
