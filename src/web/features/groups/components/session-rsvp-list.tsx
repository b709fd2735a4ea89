import { Anchor, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { Section } from '#web/components/section.tsx';
import { ShowAllButton } from '#web/components/show-all-button.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFirstFew } from '#web/lib/first-few.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { groupCalendarUrl } from '../api/group-calendar.ts';
import { RsvpButtons } from './rsvp-buttons.tsx';

const SHOWN = 3;

/** The coming sessions of a group the person is in, each with "can you come?", and the whole series for their calendar. */
export function SessionRsvpList({ group }: { group: GroupForMember }) {
  const { orgId, timeZone } = useCurrentOrg();
  const coming = group.sessions.filter((s) => Date.parse(s.startsAt) > Date.now());
  const { shown, cutShort, showAll } = useFirstFew(coming, SHOWN);
  return (
    <Section title="Coming sessions">
      {coming.length === 0 ? (
        <Text c="dimmed">No sessions are planned yet.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((session) => (
            <Paper key={session.id} component="li" withBorder p="md" bg={session.cancelled ? 'gray.0' : undefined}>
              <Group justify="space-between" align="flex-start" gap="xs">
                <div>
                  <Text fw={700}>{formatDateTime(session.startsAt, timeZone)}</Text>
                  <Text size="sm" c="dimmed">
                    {session.durationMinutes} minutes
                  </Text>
                </div>
                {session.cancelled && (
                  <Badge color="gray" variant="light" radius="sm">
                    Cancelled
                  </Badge>
                )}
              </Group>
              {!session.cancelled && (
                <Box mt="sm">
                  <RsvpButtons groupId={group.id} session={session} />
                </Box>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {cutShort && <ShowAllButton onClick={showAll}>Show all {coming.length} coming sessions</ShowAllButton>}
      {coming.length > 0 && (
        <Text size="sm" mt="sm">
          <Anchor href={groupCalendarUrl(orgId, group.id)} download="group.ics">
            Add to my calendar
          </Anchor>{' '}
          (an .ics file for any calendar app; if a session moves, we e-mail you the change)
        </Text>
      )}
    </Section>
  );
}
