import { Alert, Button, Checkbox, Group, Modal, NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZSessionChange } from '#shared/contracts/groups.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { formatDateTime, todayIn } from '#web/lib/org-time.ts';
import { useChangeSession, type SessionChange } from '../api/change-session.ts';
import type { FacilitatedSession } from '../api/get-facilitation.ts';
import { instantOf, localParts } from '#web/lib/org-clock.ts';

const FIELDS = ['startsAt', 'durationMinutes', 'location', 'cancelled'] as const;

/** Only what differs from the session as it is, so members' invites change only where something did. */
function changesOf(
  session: FacilitatedSession,
  next: {
    startsAt: string;
    durationMinutes: number | string;
    kind: 'video' | 'room';
    detail: string;
    cancelled: boolean;
  },
): SessionChange {
  if (next.cancelled !== session.cancelled) return next.cancelled ? { cancelled: true } : { cancelled: false };
  const change: SessionChange = {};
  if (Date.parse(next.startsAt) !== Date.parse(session.startsAt)) change.startsAt = next.startsAt;
  if (Number(next.durationMinutes) !== session.durationMinutes)
    change.durationMinutes = next.durationMinutes === '' ? Number.NaN : Number(next.durationMinutes);
  if (next.kind !== session.location.kind || next.detail.trim() !== session.location.detail)
    change.location = { kind: next.kind, detail: next.detail };
  return change;
}

/** Move one coming session, change its length or place, or cancel it; everyone gets an updated invite. */
export function SessionChangeModal({
  groupId,
  session,
  onClose,
}: {
  groupId: string;
  session: FacilitatedSession;
  onClose: () => void;
}) {
  const { orgId, timeZone } = useCurrentOrg();
  const change = useChangeSession(orgId, groupId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const start = localParts(session.startsAt, timeZone);
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [duration, setDuration] = useState<number | string>(session.durationMinutes);
  const [kind, setKind] = useState(session.location.kind);
  const [detail, setDetail] = useState(session.location.detail);
  const [cancelled, setCancelled] = useState(session.cancelled);

  function submit(event: FormEvent) {
    event.preventDefault();
    const startsAt = date && time ? instantOf(date, time, timeZone) : '';
    const body = validate(
      ZSessionChange,
      changesOf(session, { startsAt, durationMinutes: duration, kind, detail, cancelled }),
    );
    if (body) change.mutate({ sessionId: session.id, ...body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={`Change the session of ${formatDateTime(session.startsAt, timeZone)}`}
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert variant="light" color="blue">
            Only this session changes. Members and facilitators get an e-mail with the updated calendar invite.
          </Alert>
          <FormError message={formError} />
          <Checkbox
            size="md"
            label="Cancel this session"
            checked={cancelled}
            onChange={(e) => setCancelled(e.currentTarget.checked)}
            error={errorFor('cancelled')}
          />
          {!cancelled && (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2 }}>
                <TextInput
                  label="Date"
                  type="date"
                  required
                  min={todayIn(timeZone)}
                  value={date}
                  onChange={(e) => setDate(e.currentTarget.value)}
                  error={errorFor('startsAt')}
                />
                <TextInput
                  label="Start time"
                  description={`On the organisation's clock (${timeZone})`}
                  type="time"
                  required
                  value={time}
                  onChange={(e) => setTime(e.currentTarget.value)}
                />
              </SimpleGrid>
              <NumberInput
                label="Length in minutes"
                required
                min={20}
                max={180}
                step={5}
                allowDecimal={false}
                value={duration}
                onChange={setDuration}
                error={errorFor('durationMinutes')}
              />
              <Radio.Group
                label="How it meets"
                value={kind}
                onChange={(value) => setKind(value === 'room' ? 'room' : 'video')}
              >
                <Group gap="lg" mt="xs">
                  <Radio value="video" label="Video call" size="md" />
                  <Radio value="room" label="In a room" size="md" />
                </Group>
              </Radio.Group>
              <TextInput
                label={kind === 'video' ? 'Video link' : 'Room'}
                required
                value={detail}
                onChange={(e) => setDetail(e.currentTarget.value)}
                error={errorFor('location')}
              />
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Keep as it is
            </Button>
            <Button type="submit" loading={change.isPending}>
              Save the change
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
