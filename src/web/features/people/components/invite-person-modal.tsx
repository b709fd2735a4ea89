import { Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Role } from '#shared/contracts/common.ts';
import { ZInvitationBody } from '#shared/contracts/people.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useInvitePerson, type InvitationSent } from '../api/invite-person.ts';
import { PlacementFields, type Placement } from './placement-fields.tsx';
import { RoleCheckboxes } from './role-checkboxes.tsx';

const FIELDS = ['email', 'name', 'roles', 'siteId', 'departmentId', 'cohortId'] as const;
const EMPTY_PLACEMENT: Placement = { siteId: null, departmentId: null, cohortId: null };

export function InvitePersonModal({
  opened,
  onClose,
  onInvited,
}: {
  opened: boolean;
  onClose: () => void;
  onInvited: (sent: InvitationSent) => void;
}) {
  const { orgId } = useCurrentOrg();
  const invite = useInvitePerson(orgId);
  const { formError, validate, showError, errorFor, clear } = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [roles, setRoles] = useState<Role[]>(['member']);
  const [placement, setPlacement] = useState<Placement>(EMPTY_PLACEMENT);

  function reset() {
    setEmail('');
    setName('');
    setRoles(['member']);
    setPlacement(EMPTY_PLACEMENT);
    clear();
    invite.reset();
  }

  function close() {
    reset();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZInvitationBody, { email, name, roles, ...placement });
    if (!body) return;
    invite.mutate(body, {
      onSuccess: (sent) => {
        onInvited(sent);
        close();
      },
      onError: showError,
    });
  }

  return (
    <Modal opened={opened} onClose={close} title="Invite someone" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label="E-mail"
            type="email"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={errorFor('email')}
            data-autofocus
          />
          <TextInput
            label="Name"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errorFor('name')}
          />
          <RoleCheckboxes value={roles} onChange={setRoles} error={errorFor('roles')} />
          <PlacementFields value={placement} onChange={setPlacement} errorFor={errorFor} />
          <FormActions onCancel={close} pending={invite.isPending}>
            Send invitation
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
