import { Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZDebriefScheduleBody, type Debrief } from '#shared/contracts/peer-support.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { instantOf, localParts } from '#web/lib/org-clock.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { formatCalendarDate, todayIn } from '#web/lib/org-time.ts';
import { useSupporters } from '../api/get-supporters.ts';
import { useScheduleDebrief } from '../api/schedule-debrief.ts';
import { supporterOptions } from './supporter-choice.ts';

const FIELDS = ['startsAt', 'place', 'supporterAId', 'supporterBId'] as const;

/** Two supporters, a time (on the organisation's clock) and a place for a debrief; the people there are then invited. */
export function DebriefScheduleModal({ debrief, onClose }: { debrief: Debrief; onClose: () => void }) {
  const { orgId, timeZone } = useCurrentOrg();
  const supporters = useSupporters(orgId);
  const schedule = useScheduleDebrief(orgId);
  const { formError, validate, checkRequired, showError, errorFor } = useFormErrors(FIELDS);
  const start = debrief.startsAt ? localParts(debrief.startsAt, timeZone) : { date: '', time: '13:00' };
  const [date, setDate] = useState(start.date);
  const [time, setTime] = useState(start.time);
  const [place, setPlace] = useState(debrief.place ?? '');
  const [supporterAId, setSupporterAId] = useState(debrief.supporters[0]?.id ?? '');
  const [supporterBId, setSupporterBId] = useState(debrief.supporters[1]?.id ?? '');
  const options = supporterOptions(supporters.data?.supporters ?? []);

  function submit(event: FormEvent) {
    event.preventDefault();
    const ok = checkRequired({
      startsAt: date && time ? undefined : 'Choose a day and a time',
      place: place.trim() ? undefined : 'Say where (a room or a video link)',
      supporterAId: supporterAId ? undefined : 'Choose a supporter',
      supporterBId: supporterBId ? undefined : 'Choose a second supporter',
    });
    if (!ok) return;
    const body = validate(ZDebriefScheduleBody, {
      startsAt: instantOf(date, time, timeZone),
      place,
      supporterAId,
      supporterBId,
    });
    if (body) schedule.mutate({ debriefId: debrief.id, body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal opened onClose={onClose} title="Staff this debrief" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            After the event of {formatCalendarDate(debrief.eventOn)}
            {debrief.department ? `, ${debrief.department}` : ''}: {debrief.invited} people will be invited. Coming is
            their choice; the two supporters see who was invited and their answers, nobody else does.
          </Text>
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label="Day"
              type="date"
              required
              min={todayIn(timeZone)}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={errorFor('startsAt')}
              data-autofocus
            />
            <TextInput
              label={`Time (${timeZone})`}
              type="time"
              required
              value={time}
              onChange={(e) => setTime(e.currentTarget.value)}
            />
          </SimpleGrid>
          <TextInput
            label="Where"
            description="A room, or a video link."
            required
            value={place}
            onChange={(e) => setPlace(e.currentTarget.value)}
            error={errorFor('place')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {(
              [
                ['supporterAId', 'First supporter', supporterAId, setSupporterAId],
                ['supporterBId', 'Second supporter', supporterBId, setSupporterBId],
              ] as const
            ).map(([field, label, value, set]) => (
              <NativeSelect
                key={field}
                label={label}
                required
                value={value}
                onChange={(e) => set(e.currentTarget.value)}
                data={[{ value: '', label: supporters.isPending ? 'Loading supporters…' : 'Choose' }, ...options]}
                error={errorFor(field)}
              />
            ))}
          </SimpleGrid>
          <FormActions onCancel={onClose} pending={schedule.isPending}>
            {debrief.status === 'scheduled' ? 'Save changes' : 'Schedule and invite'}
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
