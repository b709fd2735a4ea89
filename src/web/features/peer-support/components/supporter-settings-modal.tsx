import { Modal, NumberInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZSupporterSettingsBody, type SupporterSummary } from '#shared/contracts/peer-support.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { PersonSearchSelect } from '#web/components/person-search-select.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { findPeople } from '../api/find-people.ts';
import { useUpdateSupporterSettings } from '../api/update-supporter-settings.ts';

const FIELDS = ['weeklyCap', 'supervisorId'] as const;

/** A supporter's own weekly cap (empty: the program's) and the supervisor they can call. */
export function SupporterSettingsModal({
  summary,
  defaultCap,
  onClose,
}: {
  summary: SupporterSummary;
  defaultCap: number;
  onClose: () => void;
}) {
  const { orgId } = useCurrentOrg();
  const save = useUpdateSupporterSettings(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [weeklyCap, setWeeklyCap] = useState<number | string>(summary.ownCap ?? '');
  const [supervisorId, setSupervisorId] = useState<string | null>(summary.supervisor?.id ?? null);
  const { supporter } = summary;

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZSupporterSettingsBody, {
      weeklyCap: typeof weeklyCap === 'number' ? weeklyCap : null,
      supervisorId,
    });
    if (body) save.mutate({ personId: supporter.id, body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal opened onClose={onClose} title={`Cap and supervisor for ${supporter.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <NumberInput
            label="Weekly cap"
            description={`Requests they may take in 7 days before no more are sent to them. Leave empty for the program's ${defaultCap}.`}
            min={1}
            max={50}
            allowDecimal={false}
            value={weeklyCap}
            onChange={setWeeklyCap}
            error={errorFor('weeklyCap')}
            data-autofocus
          />
          <PersonSearchSelect
            label="Supervisor"
            description="Who they can call after a hard conversation, and who holds their supervision."
            queryKey={['orgs', orgId, 'peer-support', 'people']}
            search={(text) => findPeople(orgId, text)}
            value={supervisorId}
            current={summary.supervisor && { id: summary.supervisor.id, label: summary.supervisor.name }}
            onChange={setSupervisorId}
            error={errorFor('supervisorId')}
          />
          <FormActions onCancel={onClose} pending={save.isPending}>
            Save
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
