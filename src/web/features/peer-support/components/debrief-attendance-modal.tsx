import { Alert, Checkbox, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { DebriefForSupporter } from '#shared/contracts/peer-support.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { useRecordDebriefHeld } from '../api/record-debrief-held.ts';

/** The register of a debrief, kept by its supporters: the person who asked for it and the lead learn only how many came. */
export function DebriefAttendanceModal({ debrief, onClose }: { debrief: DebriefForSupporter; onClose: () => void }) {
  const { orgId, timeZone } = useCurrentOrg();
  const record = useRecordDebriefHeld(orgId);
  const [came, setCame] = useState(debrief.invitees.filter((i) => i.attended).map((i) => i.person.id));

  function submit(event: FormEvent) {
    event.preventDefault();
    record.mutate({ debriefId: debrief.id, attendedPersonIds: came }, { onSuccess: onClose });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Who came on ${debrief.startsAt ? formatDateTime(debrief.startsAt, timeZone) : ''}?`}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert variant="light" color="blue">
            Tick everyone who came. Only you and the other supporter see these names; the person who asked for the
            debrief and the program lead see a count, and no count under 5.
          </Alert>
          <Checkbox.Group label="People who came" value={came} onChange={setCame}>
            <Stack gap="sm" mt="xs">
              {debrief.invitees.map((i) => (
                <Checkbox key={i.person.id} value={i.person.id} label={i.person.name} size="md" />
              ))}
            </Stack>
          </Checkbox.Group>
          <FormError message={record.isError ? errorMessage(record.error) : null} />
          <FormActions onCancel={onClose} pending={record.isPending}>
            Save who came
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
