import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Shift } from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { localParts } from '#web/lib/org-clock.ts';
import { supporterSelfKey } from '../api/query-keys.ts';
import { useTakeShift } from '../api/take-shift.ts';
import { useWantShiftCover } from '../api/want-shift-cover.ts';

/** "Wed 9 Dec, 23:00 to 08:00": the day a shift starts and its hours, on the organisation's clock. */
function shiftTimes(shift: Shift, timeZone: string): string {
  const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone });
  const { time: from } = localParts(shift.startsAt, timeZone);
  const { time: to } = localParts(shift.endsAt, timeZone);
  return `${day.format(new Date(shift.startsAt))}, ${from} to ${to}`;
}

/** The supporter's coming shifts (ask for cover, or withdraw the ask) and others' shifts wanting cover (take one). */
export function MyShifts({ shifts, coverWanted }: { shifts: Shift[]; coverWanted: Shift[] }) {
  const { orgId, timeZone } = useCurrentOrg();
  const want = useWantShiftCover(orgId);
  const take = useTakeShift(orgId);
  const queryClient = useQueryClient();
  const [gone, setGone] = useState(false);
  const others = coverWanted.filter((s) => !shifts.some((mine) => mine.id === s.id));
  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Your shifts
        </Title>
        {shifts.length === 0 && <Text c="dimmed">No shifts in the coming days.</Text>}
        {shifts.map((shift) => (
          <Card key={shift.id} withBorder padding="sm">
            <Group justify="space-between" gap="sm">
              <Text>
                {shiftTimes(shift, timeZone)}
                {shift.coverWanted && (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    · cover asked
                  </Text>
                )}
              </Text>
              <Button
                size="sm"
                variant="default"
                disabled={want.isPending}
                aria-label={`${shift.coverWanted ? 'I can do it after all' : 'Ask for cover'}: ${shiftTimes(shift, timeZone)}`}
                onClick={() => want.mutate({ shiftId: shift.id, wanted: !shift.coverWanted })}
              >
                {shift.coverWanted ? 'I can do it after all' : 'Ask for cover'}
              </Button>
            </Group>
          </Card>
        ))}
        <FormError message={want.isError ? errorMessage(want.error) : null} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h4">
          Shifts needing cover
        </Title>
        <div role="status">{gone && <Text>Someone has already taken that shift — thank you.</Text>}</div>
        {others.length === 0 && <Text c="dimmed">None right now.</Text>}
        {others.map((shift) => (
          <Card key={shift.id} withBorder padding="sm">
            <Group justify="space-between" gap="sm">
              <Text>
                {shiftTimes(shift, timeZone)}
                {shift.supporter && (
                  <Text span c="dimmed" size="sm">
                    {' '}
                    · {shift.supporter.name}
                  </Text>
                )}
              </Text>
              <Button
                size="sm"
                disabled={take.isPending}
                aria-label={`Take the shift ${shiftTimes(shift, timeZone)}`}
                onClick={() => {
                  setGone(false);
                  take.mutate(shift.id, {
                    onError: (error) => {
                      if (isApiError(error, 'shift_taken')) {
                        setGone(true);
                        take.reset();
                        void queryClient.invalidateQueries({ queryKey: supporterSelfKey(orgId) });
                      }
                    },
                  });
                }}
              >
                Take it
              </Button>
            </Group>
          </Card>
        ))}
        <FormError message={take.isError ? errorMessage(take.error) : null} />
      </Stack>
    </Stack>
  );
}
