import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Shift } from '#shared/contracts/peer-support.ts';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { AssignShiftModal } from './assign-shift-modal.tsx';
import { shiftDay, shiftHours, shiftsByDay } from './shift-time.ts';

/** The shifts of the next 14 days as made from the weekly slots, each with who is on call and a way to change it. */
export function ComingShifts({ shifts }: { shifts: Shift[] }) {
  const { timeZone } = useCurrentOrg();
  const [assigning, setAssigning] = useState<Shift | null>(null);
  const days = shiftsByDay(shifts, timeZone);
  return (
    <Section title="The next 14 days">
      {days.length === 0 ? (
        <Text>No shifts yet: add a weekly slot and its shifts appear here.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" verticalSpacing="md">
          {days.map(({ date, shifts: dayShifts }) => (
            <section key={date} aria-label={shiftDay(dayShifts[0]!.startsAt, timeZone)}>
              <Title order={3} size="h5" mb={6}>
                {shiftDay(dayShifts[0]!.startsAt, timeZone)}
              </Title>
              <Stack gap={6}>
                {dayShifts.map((shift) => (
                  <ShiftRow key={shift.id} shift={shift} onAssign={() => setAssigning(shift)} />
                ))}
              </Stack>
            </section>
          ))}
        </SimpleGrid>
      )}
      {assigning && <AssignShiftModal shift={assigning} onClose={() => setAssigning(null)} />}
    </Section>
  );
}

function ShiftRow({ shift, onAssign }: { shift: Shift; onAssign: () => void }) {
  const { timeZone } = useCurrentOrg();
  const hours = shiftHours(shift, timeZone);
  const needsSomeone = !shift.supporter || shift.coverWanted;
  return (
    <Paper withBorder px="sm" py={6}>
      <Group justify="space-between" gap="xs">
        <Group gap="sm" wrap="wrap">
          <Text fw={600} size="sm" miw={110}>
            {hours}
          </Text>
          <Text size="sm">{shift.supporter?.name ?? 'Nobody on call'}</Text>
          {shift.coverWanted && (
            <Badge color="orange" variant="light">
              Cover wanted
            </Badge>
          )}
        </Group>
        <Button
          size="compact-sm"
          variant={needsSomeone ? 'filled' : 'default'}
          onClick={onAssign}
          style={{ flexShrink: 0 }}
          aria-label={`${needsSomeone ? 'Find cover for' : 'Change who is on call for'} ${shiftDay(shift.startsAt, timeZone)}, ${hours}`}
        >
          {needsSomeone ? 'Find cover' : 'Change'}
        </Button>
      </Group>
    </Paper>
  );
}
