import { Button, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import type { RosterSlot } from '#shared/contracts/peer-support.ts';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { slotHours, WEEKDAYS } from './lead-labels.ts';
import { RosterSlotModal } from './roster-slot-modal.tsx';

type Editing = { slot: RosterSlot | null; weekday: number };

/** The weekly on-call slots, a column per day on a wide screen and a list of days on a phone; a slot opens to change. */
export function RosterWeek({ slots }: { slots: RosterSlot[] }) {
  const { timeZone } = useCurrentOrg();
  const [editing, setEditing] = useState<Editing | null>(null);
  return (
    <Section
      title="Weekly on-call slots"
      actions={<Button onClick={() => setEditing({ slot: null, weekday: 0 })}>Add a slot</Button>}
    >
      <Text size="sm" mb="md">
        Times are the organisation&apos;s ({timeZone}). Choose a slot to change its hours or its standing supporter.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4, lg: 7 }} spacing="sm">
        {WEEKDAYS.map((day, weekday) => {
          const daySlots = slots
            .filter((s) => s.weekday === weekday)
            .sort((a, b) => a.startTime.localeCompare(b.startTime));
          return (
            <Paper key={day} withBorder p="sm" component="section" aria-label={day}>
              <Title order={3} size="h5" mb="xs">
                {day}
              </Title>
              <Stack gap={6}>
                {daySlots.length === 0 && (
                  <Text size="sm" c="dimmed">
                    No slot
                  </Text>
                )}
                {daySlots.map((slot) => (
                  <UnstyledButton
                    key={slot.id}
                    onClick={() => setEditing({ slot, weekday })}
                    aria-label={`Change ${day} ${slotHours(slot)}, ${slot.supporter?.name ?? 'nobody on call'}`}
                    p={6}
                    bg={slot.supporter ? 'kindred.0' : 'orange.0'}
                    style={{ borderRadius: 4 }}
                  >
                    <Text size="sm" fw={600}>
                      {slot.startTime}–{slot.endTime}
                      {slot.endTime < slot.startTime && (
                        <Text span size="xs" fw={400} display="block">
                          ends next day
                        </Text>
                      )}
                    </Text>
                    <Text size="sm" fs={slot.supporter ? undefined : 'italic'} style={{ overflowWrap: 'anywhere' }}>
                      {slot.supporter?.name ?? 'Nobody yet'}
                    </Text>
                  </UnstyledButton>
                ))}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      {editing && <RosterSlotModal {...editing} onClose={() => setEditing(null)} />}
    </Section>
  );
}
