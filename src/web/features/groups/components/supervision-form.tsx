import { NativeSelect, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZSupervisionBody } from '#shared/contracts/groups.ts';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { formatDateTime, todayIn } from '#web/lib/org-time.ts';
import type { Facilitation } from '../api/get-facilitation.ts';
import { useRecordSupervision } from '../api/record-supervision.ts';
import { isHeld } from './facilitation-status.ts';

const FIELDS = ['metOn', 'supervisorId', 'sessionId'] as const;
/** The supervisor may be someone without the role in Kindred; then none is recorded by name. */
const NOT_LISTED = 'not-listed';

/** A supervision meeting the signed-in facilitator had, with whom, and after which session. */
export function SupervisionForm({ facilitation }: { facilitation: Facilitation }) {
  const { orgId, timeZone } = useCurrentOrg();
  const record = useRecordSupervision(orgId, facilitation.group.id);
  const { formError, validate, checkRequired, showError, errorFor } = useFormErrors(FIELDS);
  const today = todayIn(timeZone);
  const [metOn, setMetOn] = useState(today);
  const [supervisorId, setSupervisorId] = useState('');
  const [sessionId, setSessionId] = useState('');
  const [saved, setSaved] = useState(false);
  const held = facilitation.sessions
    .filter((s) => isHeld(s))
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (
      !checkRequired({
        supervisorId: supervisorId ? undefined : 'Choose your supervisor, or “Someone not listed here”',
      })
    )
      return;
    const body = validate(ZSupervisionBody, {
      metOn,
      supervisorId: supervisorId === NOT_LISTED ? null : supervisorId,
      sessionId: sessionId || null,
    });
    if (body) record.mutate(body, { onSuccess: () => setSaved(true), onError: showError });
  }
  /** A change after a save starts a new record, so "recorded" no longer applies. */
  const edit = (set: (value: string) => void) => (event: { currentTarget: { value: string } }) => {
    set(event.currentTarget.value);
    setSaved(false);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Title order={3} size="h4">
          Record a supervision meeting
        </Title>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label="Date you met"
            type="date"
            required
            max={today}
            value={metOn}
            onChange={edit(setMetOn)}
            error={errorFor('metOn')}
          />
          <NativeSelect
            label="Supervisor"
            required
            value={supervisorId}
            onChange={edit(setSupervisorId)}
            error={errorFor('supervisorId')}
            data={[
              { value: '', label: 'Choose your supervisor' },
              ...facilitation.supervisors.map((s) => ({ value: s.id, label: s.name })),
              { value: NOT_LISTED, label: 'Someone not listed here' },
            ]}
          />
          <NativeSelect
            label="After the session of (optional)"
            value={sessionId}
            onChange={edit(setSessionId)}
            error={errorFor('sessionId')}
            data={[
              { value: '', label: 'Not about one session' },
              ...held.map((s) => ({ value: s.id, label: formatDateTime(s.startsAt, timeZone) })),
            ]}
          />
        </SimpleGrid>
        <SaveButton pending={record.isPending} saved={saved} message="Supervision recorded">
          Record supervision
        </SaveButton>
      </Stack>
    </form>
  );
}
