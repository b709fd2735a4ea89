import { Alert, Stack, Text } from '@mantine/core';
import type { GroupReport } from '#shared/contracts/groups.ts';
import { Section } from '#web/components/section.tsx';
import { formatCalendarDate } from '#web/lib/org-time.ts';

/** Facilitators hold a lot for their groups; supervision after sessions is how they are looked after (DESIGN.md C8). */
export function ReportSupervision({ groups }: { groups: GroupReport['groups'] }) {
  const behind = groups.filter((g) => g.supervision.overdue);
  return (
    <Section title="Facilitator supervision">
      {behind.length === 0 ? (
        <Text>Every facilitator has met a supervisor after their recent sessions.</Text>
      ) : (
        <Stack gap="sm">
          <Text>
            These facilitators have not logged supervision since a session more than two weeks ago. A friendly nudge, or
            a word with their supervisor, usually does it.
          </Text>
          {behind.map((g) => (
            // A standing list, not news: no live region announcing it on every visit.
            <Alert key={g.id} variant="light" color="orange" title={g.name} role="group" aria-label={g.name}>
              {g.supervision.facilitatorsBehind.map((f) => f.name).join(' and ')}. Last supervision for this group:{' '}
              {g.supervision.lastMetOn ? formatCalendarDate(g.supervision.lastMetOn) : 'none yet'}.
            </Alert>
          ))}
        </Stack>
      )}
    </Section>
  );
}
