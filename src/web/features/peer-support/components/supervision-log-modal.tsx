import { Alert, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZSupervisionBody, type PersonRef } from '#shared/contracts/peer-support.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { useLogSupervision } from '../api/log-supervision.ts';

const FIELDS = ['heldOn', 'minutes'] as const;

/** A supervision session the supporter had with their named supervisor: when and how long, never what was said. */
export function SupervisionLogModal({ supporter, onClose }: { supporter: PersonRef; onClose: () => void }) {
  const { orgId, timeZone } = useCurrentOrg();
  const log = useLogSupervision(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const today = todayIn(timeZone);
  const [heldOn, setHeldOn] = useState(today);
  const [minutes, setMinutes] = useState<number | string>(60);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZSupervisionBody, { heldOn, minutes: typeof minutes === 'number' ? minutes : undefined });
    if (body) log.mutate({ personId: supporter.id, body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal opened onClose={onClose} title={`Log supervision for ${supporter.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert variant="light" color="blue">
            Only the date and the length are kept. What was talked about stays between the supporter and their
            supervisor.
          </Alert>
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Held on"
              type="date"
              required
              max={today}
              value={heldOn}
              onChange={(e) => setHeldOn(e.currentTarget.value)}
              error={errorFor('heldOn')}
              data-autofocus
            />
            <NumberInput
              label="Length in minutes"
              required
              min={5}
              max={480}
              step={15}
              allowDecimal={false}
              value={minutes}
              onChange={setMinutes}
              error={errorFor('minutes')}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} pending={log.isPending}>
            Save supervision
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
