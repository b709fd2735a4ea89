import { Alert, Checkbox, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import type { Facilitation, FacilitatedSession } from '../api/get-facilitation.ts';
import { useRecordAttendance } from '../api/record-attendance.ts';

/** The register of one session: ticked members are invited to its anonymous survey. */
export function SessionAttendanceModal({
  groupId,
  members,
  session,
  onClose,
}: {
  groupId: string;
  members: Facilitation['members'];
  session: FacilitatedSession;
  onClose: () => void;
}) {
  const { orgId, timeZone } = useCurrentOrg();
  const record = useRecordAttendance(orgId, groupId);
  const [present, setPresent] = useState<string[]>(session.attended.filter((id) => members.some((m) => m.id === id)));

  function submit(event: FormEvent) {
    event.preventDefault();
    record.mutate({ sessionId: session.id, personIds: present }, { onSuccess: onClose });
  }

  return (
    <Modal opened onClose={onClose} title={`Who came on ${formatDateTime(session.startsAt, timeZone)}?`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert variant="light" color="blue">
            Tick everyone who came. From now on this register, not who said yes, decides who may answer the anonymous
            survey about this session; anyone ticked who has not been invited yet is invited now. Reports use the head
            count in the session log, never this list of names.
          </Alert>
          <Checkbox.Group label="Members who came" value={present} onChange={setPresent}>
            <Stack gap="sm" mt="xs">
              {members.map((m) => (
                <Checkbox key={m.id} value={m.id} label={m.name} size="md" />
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
