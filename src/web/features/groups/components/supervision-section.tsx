import { Alert, List, Stack, Text } from '@mantine/core';
import { Section } from '#web/components/section.tsx';
import { ShowAllButton } from '#web/components/show-all-button.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFirstFew } from '#web/lib/first-few.ts';
import { formatCalendarDate, formatDate, todayIn } from '#web/lib/org-time.ts';
import type { Facilitation } from '../api/get-facilitation.ts';
import { facilitatorsBehind } from './facilitation-status.ts';
import { SupervisionForm } from './supervision-form.tsx';

const SHOWN = 4;

/** Whether each facilitator has had supervision since their sessions, the meetings so far, and a way to record one. */
export function SupervisionSection({ facilitation }: { facilitation: Facilitation }) {
  const { timeZone } = useCurrentOrg();
  const behind = facilitatorsBehind(facilitation, todayIn(timeZone), timeZone);
  const records = [...facilitation.supervision].sort((a, b) => (a.metOn < b.metOn ? 1 : -1));
  const { shown, cutShort, showAll } = useFirstFew(records, SHOWN);
  const sessionOn = (id: string | null) => {
    const session = id && facilitation.sessions.find((s) => s.id === id);
    return session ? `, after the session of ${formatDate(session.startsAt, timeZone)}` : '';
  };
  return (
    <Section title="Supervision">
      <Stack gap="md">
        {behind.length > 0 ? (
          <Alert color="orange" variant="light" title="Supervision is overdue">
            {behind.map((f) => f.name).join(' and ')} {behind.length === 1 ? 'has' : 'have'} a session more than 14 days
            old with no supervision since. Book a time with your supervisor, then record it here.
          </Alert>
        ) : (
          <Text size="sm">Supervision is up to date for this group.</Text>
        )}
        {records.length === 0 ? (
          <Text c="dimmed">No supervision meeting recorded yet.</Text>
        ) : (
          <div>
            <List spacing={4}>
              {shown.map((r) => (
                <List.Item key={r.id}>
                  {formatCalendarDate(r.metOn)}: {r.facilitator.name} with{' '}
                  {r.supervisor?.name ?? 'a supervisor not listed'}
                  {sessionOn(r.sessionId)}
                </List.Item>
              ))}
            </List>
            {cutShort && <ShowAllButton onClick={showAll}>Show all {records.length} meetings</ShowAllButton>}
          </div>
        )}
        <SupervisionForm facilitation={facilitation} />
      </Stack>
    </Section>
  );
}
