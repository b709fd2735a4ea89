import { Badge, Button, Card, List, SimpleGrid, Text } from '@mantine/core';
import { useState } from 'react';
import type { DebriefForSupporter } from '#shared/contracts/peer-support.ts';
import { CardHeading } from '#web/components/card-heading.tsx';
import { QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate, formatDateTime } from '#web/lib/org-time.ts';
import { useAssignedDebriefs } from '../api/get-assigned-debriefs.ts';
import { DebriefAttendanceModal } from './debrief-attendance-modal.tsx';
import { DEBRIEF_STATUS_COLOURS, DEBRIEF_STATUS_LABELS } from './lead-labels.ts';

const ANSWER_LABELS = { coming: 'coming', not_coming: 'not coming' } as const;

/** Debriefs the signed-in supporter runs with another: when, where, who is invited and what they answered, and who came. */
export function DebriefsYouRunSection() {
  const { orgId } = useCurrentOrg();
  const debriefs = useAssignedDebriefs(orgId);
  const [recording, setRecording] = useState<DebriefForSupporter | null>(null);
  if (debriefs.isError) return <QueryError error={debriefs.error} onRetry={() => void debriefs.refetch()} />;
  // Most supporters run no debrief: the section appears only for those who do.
  const list = (debriefs.data?.debriefs ?? []).filter((d) => d.status !== 'cancelled');
  if (list.length === 0) return null;
  return (
    <Section title="Debriefs you run">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {[...list]
          .sort((a, b) => (b.startsAt ?? '').localeCompare(a.startsAt ?? ''))
          .map((d) => (
            <DebriefYouRun key={d.id} debrief={d} onRecord={() => setRecording(d)} />
          ))}
      </SimpleGrid>
      {recording && <DebriefAttendanceModal debrief={recording} onClose={() => setRecording(null)} />}
    </Section>
  );
}

function DebriefYouRun({ debrief: d, onRecord }: { debrief: DebriefForSupporter; onRecord: () => void }) {
  const { timeZone, person } = useCurrentOrg();
  const started = d.startsAt !== null && Date.parse(d.startsAt) <= Date.now();
  const others = d.supporters.filter((s) => s.id !== person.id).map((s) => s.name);
  const title = `After the event of ${formatCalendarDate(d.eventOn)}`;
  return (
    <Card withBorder padding="md" component="article" aria-label={title}>
      <CardHeading
        title={title}
        subtitle={`${d.startsAt ? formatDateTime(d.startsAt, timeZone) : 'No time yet'}${d.place ? `, ${d.place}` : ''}`}
        badge={
          <Badge color={DEBRIEF_STATUS_COLOURS[d.status]} variant="light">
            {DEBRIEF_STATUS_LABELS[d.status]}
          </Badge>
        }
      />
      <Text size="sm" mt="sm">
        {d.department ?? 'No department given'}
        {others.length > 0 && ` · with ${others.join(' and ')}`}
      </Text>
      <Text size="sm" fw={600} mt="sm">
        Invited ({d.invitees.length})
      </Text>
      <List
        size="sm"
        spacing={2}
        aria-label={`Invited to the debrief after the event of ${formatCalendarDate(d.eventOn)}`}
      >
        {d.invitees.map((i) => (
          <List.Item key={i.person.id}>
            {i.person.name}:{' '}
            {d.status === 'held'
              ? i.attended
                ? 'came'
                : 'did not come'
              : i.response
                ? ANSWER_LABELS[i.response]
                : 'no answer yet'}
          </List.Item>
        ))}
      </List>
      {started && (
        <Button size="compact-sm" mt="md" onClick={onRecord} variant={d.status === 'held' ? 'default' : 'filled'}>
          {d.status === 'held' ? 'Change who came' : 'Record who came'}
        </Button>
      )}
    </Card>
  );
}
