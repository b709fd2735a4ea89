import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { SESSION_THEME_LABELS } from '#shared/contracts/groups.ts';
import { Section } from '#web/components/section.tsx';
import { ShowAllButton } from '#web/components/show-all-button.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFirstFew } from '#web/lib/first-few.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import type { Facilitation, FacilitatedSession } from '../api/get-facilitation.ts';
import { isHeld } from './facilitation-status.ts';
import { SessionAttendanceModal } from './session-attendance-modal.tsx';
import { SessionLogModal } from './session-log-modal.tsx';

const SHOWN = 3;

function LogSummary({ log }: { log: NonNullable<FacilitatedSession['log']> }) {
  return (
    <Stack gap={6} mt="xs">
      <Text size="sm">
        {log.attendanceCount} came · signposting {log.signpostingGiven ? 'given' : 'not given'} · escalation{' '}
        {log.escalationNeeded ? 'needed' : 'not needed'}
      </Text>
      {log.themes.length > 0 && (
        <Group gap={6} role="group" aria-label="Themes">
          {log.themes.map((theme) => (
            <Badge key={theme} variant="light" color="gray" radius="sm">
              {SESSION_THEME_LABELS[theme]}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  );
}

/** Sessions that have started, newest first: who came (which invites them to the survey) and the log. */
export function FacilitationHeld({ facilitation }: { facilitation: Facilitation }) {
  const { timeZone } = useCurrentOrg();
  const [attendanceOf, setAttendanceOf] = useState<FacilitatedSession | null>(null);
  const [logOf, setLogOf] = useState<FacilitatedSession | null>(null);
  const held = facilitation.sessions
    .filter((s) => isHeld(s))
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  const { shown, cutShort, showAll } = useFirstFew(held, SHOWN);
  return (
    <Section title="Sessions held">
      {held.length === 0 && <Text c="dimmed">No session has taken place in the last 90 days.</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {shown.map((session) => {
          const when = formatDateTime(session.startsAt, timeZone);
          return (
            <Paper key={session.id} component="li" withBorder p="md">
              <Group justify="space-between" align="flex-start" gap="xs">
                <Text fw={700}>{when}</Text>
                <Badge color={session.log ? 'kindred' : 'orange'} variant="light" radius="sm">
                  {session.log ? 'Logged' : 'Log needed'}
                </Badge>
              </Group>
              <Text size="sm" mt={4}>
                {session.attended.length > 0
                  ? `${session.attended.length} marked present`
                  : 'Who came: not recorded yet'}{' '}
                · {session.rsvpYes} said yes, {session.rsvpNo} said no
              </Text>
              {session.log && <LogSummary log={session.log} />}
              <Group gap="sm" mt="sm">
                <Button variant="default" onClick={() => setAttendanceOf(session)} aria-label={`Who came: ${when}`}>
                  Who came
                </Button>
                <Button
                  variant={session.log ? 'default' : 'filled'}
                  onClick={() => setLogOf(session)}
                  aria-label={`${session.log ? 'Change the log' : 'Log this session'}: ${when}`}
                >
                  {session.log ? 'Change the log' : 'Log this session'}
                </Button>
              </Group>
            </Paper>
          );
        })}
      </Stack>
      {cutShort && <ShowAllButton onClick={showAll}>Show all {held.length} sessions held</ShowAllButton>}
      {attendanceOf && (
        <SessionAttendanceModal
          groupId={facilitation.group.id}
          members={facilitation.members}
          session={attendanceOf}
          onClose={() => setAttendanceOf(null)}
        />
      )}
      {logOf && <SessionLogModal groupId={facilitation.group.id} session={logOf} onClose={() => setLogOf(null)} />}
    </Section>
  );
}
