import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Section } from '#web/components/section.tsx';
import { ShowAllButton } from '#web/components/show-all-button.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFirstFew } from '#web/lib/first-few.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import type { Facilitation, FacilitatedSession } from '../api/get-facilitation.ts';
import { SessionChangeModal } from './session-change-modal.tsx';

const SHOWN = 3;

/** Sessions still to come, with who said they will come; one can be moved, changed or cancelled. */
export function FacilitationComing({ facilitation }: { facilitation: Facilitation }) {
  const { timeZone } = useCurrentOrg();
  const [changing, setChanging] = useState<FacilitatedSession | null>(null);
  const coming = facilitation.sessions
    .filter((s) => Date.parse(s.startsAt) > Date.now())
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const { shown, cutShort, showAll } = useFirstFew(coming, SHOWN);
  return (
    <Section title="Coming sessions">
      {coming.length === 0 && <Text c="dimmed">No sessions are planned.</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {shown.map((session) => {
          const when = formatDateTime(session.startsAt, timeZone);
          return (
            <Paper key={session.id} component="li" withBorder p="md" bg={session.cancelled ? 'gray.0' : undefined}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <Text fw={700}>{when}</Text>
                {session.cancelled && (
                  <Badge color="gray" variant="light" radius="sm">
                    Cancelled
                  </Badge>
                )}
              </Group>
              <Text size="sm" mt={4} style={{ overflowWrap: 'anywhere' }}>
                {session.durationMinutes} minutes · {session.location.kind === 'video' ? 'Video' : 'Room'}:{' '}
                {session.location.detail}
              </Text>
              {!session.cancelled && (
                <Text size="sm" mt={4}>
                  {session.rsvpYes} coming, {session.rsvpNo} cannot come
                </Text>
              )}
              <Group mt="sm">
                <Button
                  variant="default"
                  onClick={() => setChanging(session)}
                  aria-label={`Change this session: ${when}`}
                >
                  Change this session
                </Button>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {cutShort && <ShowAllButton onClick={showAll}>Show all {coming.length} coming sessions</ShowAllButton>}
      {changing && (
        <SessionChangeModal groupId={facilitation.group.id} session={changing} onClose={() => setChanging(null)} />
      )}
    </Section>
  );
}
