import { Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Shift } from '#shared/contracts/peer-support.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useAssignShift } from '../api/assign-shift.ts';
import { useSupporters } from '../api/get-supporters.ts';
import { shiftDay, shiftHours } from './shift-time.ts';
import { supporterOptions } from './supporter-choice.ts';

const NOBODY = '';

/** Puts someone on one shift, for that date only: cover for its standing supporter, or a first supporter. */
export function AssignShiftModal({ shift, onClose }: { shift: Shift; onClose: () => void }) {
  const { orgId, timeZone } = useCurrentOrg();
  const supporters = useSupporters(orgId);
  const assign = useAssignShift(orgId);
  const [personId, setPersonId] = useState(shift.supporter?.id ?? NOBODY);

  function submit(event: FormEvent) {
    event.preventDefault();
    assign.mutate({ shiftId: shift.id, personId: personId || null }, { onSuccess: onClose });
  }

  return (
    <Modal opened onClose={onClose} title="Who is on call for this shift?" size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text>
            {shiftDay(shift.startsAt, timeZone)}, {shiftHours(shift, timeZone)}. This changes this date only; the weekly
            slot keeps its standing supporter.
          </Text>
          <NativeSelect
            label="Supporter"
            value={personId}
            onChange={(e) => setPersonId(e.currentTarget.value)}
            data={[
              { value: NOBODY, label: supporters.isPending ? 'Loading supporters…' : 'Nobody yet' },
              ...supporterOptions(supporters.data?.supporters ?? []),
            ]}
            data-autofocus
          />
          <FormError
            message={
              assign.isError
                ? errorMessage(assign.error)
                : supporters.isError
                  ? 'The supporters did not load. Try again later.'
                  : null
            }
          />
          <FormActions onCancel={onClose} pending={assign.isPending}>
            Save
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
