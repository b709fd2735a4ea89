import { Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZTrainingRecordBody, type PersonRef } from '#shared/contracts/peer-support.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { useRecordTraining } from '../api/record-training.ts';

const FIELDS = ['title', 'completedOn', 'expiresOn'] as const;
/** Peer responder training is usually refreshed every two years. */
const VALID_YEARS = 2;

function yearsAfter(isoDate: string, years: number): string {
  return `${Number(isoDate.slice(0, 4)) + years}${isoDate.slice(4)}`;
}

/** A training the supporter completed: only trained supporters (training not expired) are sent requests. */
export function TrainingRecordModal({ supporter, onClose }: { supporter: PersonRef; onClose: () => void }) {
  const { orgId, timeZone } = useCurrentOrg();
  const record = useRecordTraining(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const today = todayIn(timeZone);
  const [title, setTitle] = useState('Peer supporter training');
  const [completedOn, setCompletedOn] = useState(today);
  const [expiresOn, setExpiresOn] = useState(yearsAfter(today, VALID_YEARS));

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZTrainingRecordBody, { title, completedOn, expiresOn });
    if (body) record.mutate({ personId: supporter.id, body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal opened onClose={onClose} title={`Record training for ${supporter.name}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label="Training"
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={errorFor('title')}
            data-autofocus
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Completed on"
              type="date"
              required
              max={today}
              value={completedOn}
              onChange={(e) => setCompletedOn(e.currentTarget.value)}
              error={errorFor('completedOn')}
            />
            <TextInput
              label="Valid until"
              description="After this day they get no requests until it is renewed."
              type="date"
              required
              min={completedOn}
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.currentTarget.value)}
              error={errorFor('expiresOn')}
            />
          </SimpleGrid>
          <FormActions onCancel={onClose} pending={record.isPending}>
            Save training
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
