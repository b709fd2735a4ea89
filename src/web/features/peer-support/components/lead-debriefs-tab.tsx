import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Debrief } from '#shared/contracts/peer-support.ts';
import { ConfirmRemoval } from '#web/components/confirm-modal.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useCancelDebrief } from '../api/cancel-debrief.ts';
import { useLeadDebriefs } from '../api/get-lead-debriefs.ts';
import { DebriefCard } from './debrief-card.tsx';
import { DebriefScheduleModal } from './debrief-schedule-modal.tsx';

const OPEN: readonly Debrief['status'][] = ['requested', 'scheduled'];

/** Team debriefs asked for after events: the lead gives each two supporters, a time and a place, or calls it off. */
export function LeadDebriefsTab() {
  const { orgId } = useCurrentOrg();
  const debriefs = useLeadDebriefs(orgId);
  const cancel = useCancelDebrief(orgId);
  const [scheduling, setScheduling] = useState<Debrief | null>(null);
  const [cancelling, setCancelling] = useState<Debrief | null>(null);
  if (debriefs.isPending) return <PageLoader label="Loading the debriefs" />;
  if (debriefs.isError) return <QueryError error={debriefs.error} onRetry={() => void debriefs.refetch()} />;
  const all = [...debriefs.data.debriefs].sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
  const open = all.filter((d) => OPEN.includes(d.status));
  const past = all.filter((d) => !OPEN.includes(d.status));
  return (
    <Stack gap="xl">
      <Text maw={720}>
        You see how many were invited and how many came, never who. The two supporters you choose see the invitations to
        run the debrief.
      </Text>
      <Section title="To staff or coming up">
        {open.length === 0 ? (
          <Text c="dimmed">No debrief is waiting.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {open.map((d) => (
              <DebriefCard key={d.id} debrief={d}>
                <Group gap="xs" mt="sm">
                  <Button
                    size="compact-sm"
                    onClick={() => setScheduling(d)}
                    aria-label={`${d.status === 'requested' ? 'Assign supporters and a time' : 'Change time or supporters'}: event of ${formatCalendarDate(d.eventOn)}`}
                  >
                    {d.status === 'requested' ? 'Assign supporters and a time' : 'Change time or supporters'}
                  </Button>
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => setCancelling(d)}
                    aria-label={`Call off the debrief after the event of ${formatCalendarDate(d.eventOn)}`}
                  >
                    Call off
                  </Button>
                </Group>
              </DebriefCard>
            ))}
          </SimpleGrid>
        )}
      </Section>
      {past.length > 0 && (
        <Section title="Held or cancelled">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {past.map((d) => (
              <DebriefCard key={d.id} debrief={d} />
            ))}
          </SimpleGrid>
        </Section>
      )}
      {scheduling && <DebriefScheduleModal debrief={scheduling} onClose={() => setScheduling(null)} />}
      <ConfirmRemoval
        target={cancelling}
        remove={cancel}
        onClose={() => setCancelling(null)}
        title="Call off this debrief?"
        confirmLabel="Call off the debrief"
      >
        Anyone already invited is told it is off. It cannot be scheduled again; the person who asked can ask for a new
        one.
      </ConfirmRemoval>
    </Stack>
  );
}
