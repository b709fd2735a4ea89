import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZRosterSlotBody, type RosterSlot } from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage, useFormErrors } from '#web/lib/form-errors.ts';
import { useSupporters } from '../api/get-supporters.ts';
import { useRemoveRosterSlot } from '../api/remove-roster-slot.ts';
import { useSaveRosterSlot } from '../api/save-roster-slot.ts';
import { WEEKDAYS } from './lead-labels.ts';
import { supporterOptions } from './supporter-choice.ts';

const FIELDS = ['weekday', 'startTime', 'endTime', 'personId'] as const;
const NOBODY = '';

/** Adds a weekly on-call slot or changes one (`slot`): its day and hours in the organisation's zone, and who stands in it. */
export function RosterSlotModal({
  slot,
  weekday,
  onClose,
}: {
  slot: RosterSlot | null;
  weekday: number;
  onClose: () => void;
}) {
  const { orgId, timeZone } = useCurrentOrg();
  const supporters = useSupporters(orgId);
  const save = useSaveRosterSlot(orgId);
  const remove = useRemoveRosterSlot(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [values, setValues] = useState({
    weekday: String(slot?.weekday ?? weekday),
    startTime: slot?.startTime ?? '08:00',
    endTime: slot?.endTime ?? '20:00',
    personId: slot?.supporter?.id ?? NOBODY,
  });
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const change = (key: keyof typeof values) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZRosterSlotBody, {
      ...values,
      weekday: Number(values.weekday),
      personId: values.personId || null,
    });
    if (body) save.mutate({ slotId: slot?.id ?? null, body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal opened onClose={onClose} title={slot ? 'Change this slot' : 'Add an on-call slot'} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            Every week, in the organisation&apos;s time zone ({timeZone}). A slot may run past midnight: end it earlier
            than it starts.
          </Text>
          <FormError message={formError} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              label="Day"
              value={values.weekday}
              onChange={change('weekday')}
              data={WEEKDAYS.map((day, index) => ({ value: String(index), label: day }))}
              error={errorFor('weekday')}
              data-autofocus
            />
            <TextInput
              label="Starts"
              type="time"
              required
              value={values.startTime}
              onChange={change('startTime')}
              error={errorFor('startTime')}
            />
            <TextInput
              label="Ends"
              type="time"
              required
              value={values.endTime}
              onChange={change('endTime')}
              error={errorFor('endTime')}
            />
          </SimpleGrid>
          <NativeSelect
            label="Standing supporter"
            description="On call in this slot every week, unless you put someone else on one date."
            value={values.personId}
            onChange={change('personId')}
            data={[
              { value: NOBODY, label: supporters.isPending ? 'Loading supporters…' : 'Nobody yet' },
              ...supporterOptions(supporters.data?.supporters ?? []),
            ]}
            error={errorFor('personId')}
          />
          <FormError message={remove.isError ? errorMessage(remove.error) : null} />
          <Group justify="space-between">
            {slot ? (
              confirmingRemoval ? (
                <Button
                  color="red.9"
                  loading={remove.isPending}
                  onClick={() => remove.mutate(slot.id, { onSuccess: onClose })}
                >
                  Yes, remove the slot and its coming shifts
                </Button>
              ) : (
                <Button variant="subtle" color="red" onClick={() => setConfirmingRemoval(true)}>
                  Remove this slot
                </Button>
              )
            ) : (
              <span />
            )}
            <Group>
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={save.isPending}>
                {slot ? 'Save slot' : 'Add slot'}
              </Button>
            </Group>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
