import { List, SimpleGrid, Text } from '@mantine/core';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate, formatDateTime } from '#web/lib/org-time.ts';
import { useMyDebriefRequests, useMyEventFlags } from '../api/get-my-debrief-requests.ts';
import { DebriefCard } from './debrief-card.tsx';

/** The debriefs the signed-in person asked for: where each stands and how many came, never who. */
export function MyDebriefRequests() {
  const { orgId } = useCurrentOrg();
  const debriefs = useMyDebriefRequests(orgId);
  return (
    <Section title="Debriefs you asked for">
      {debriefs.isPending && <PageLoader label="Loading your debriefs" />}
      {debriefs.isError && <QueryError error={debriefs.error} onRetry={() => void debriefs.refetch()} />}
      {debriefs.data &&
        (debriefs.data.debriefs.length === 0 ? (
          <Text c="dimmed">You have not asked for a debrief.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {[...debriefs.data.debriefs]
              .sort((a, b) => b.requestedAt.localeCompare(a.requestedAt))
              .map((d) => (
                <DebriefCard key={d.id} debrief={d} />
              ))}
          </SimpleGrid>
        ))}
    </Section>
  );
}

/** The events the signed-in person flagged: how many offers went out, never who took one up. */
export function MyEventFlags() {
  const { orgId, timeZone } = useCurrentOrg();
  const flags = useMyEventFlags(orgId);
  return (
    <Section title="Events you flagged">
      {flags.isPending && <PageLoader label="Loading your flags" />}
      {flags.isError && <QueryError error={flags.error} onRetry={() => void flags.refetch()} />}
      {flags.data &&
        (flags.data.flags.length === 0 ? (
          <Text c="dimmed">You have not flagged an event.</Text>
        ) : (
          <List spacing="xs">
            {[...flags.data.flags]
              .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
              .map((f) => (
                <List.Item key={f.id}>
                  Event of {formatCalendarDate(f.eventOn)}:{' '}
                  {f.offersSent === 1 ? 'one offer sent' : `${f.offersSent} offers sent`}{' '}
                  <Text span c="dimmed" size="sm">
                    (flagged {formatDateTime(f.createdAt, timeZone)})
                  </Text>
                </List.Item>
              ))}
          </List>
        ))}
    </Section>
  );
}
