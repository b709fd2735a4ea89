import { Badge, Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Debrief } from '#shared/contracts/peer-support.ts';
import { CardHeading } from '#web/components/card-heading.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate, formatDateTime } from '#web/lib/org-time.ts';
import { cameText, DEBRIEF_STATUS_COLOURS, DEBRIEF_STATUS_LABELS } from './lead-labels.ts';

/** A debrief as its requester and the lead see it: when, where, by whom, and how many came, never who. */
export function DebriefCard({ debrief, children }: { debrief: Debrief; children?: ReactNode }) {
  const { timeZone } = useCurrentOrg();
  const title = `After the event of ${formatCalendarDate(debrief.eventOn)}`;
  return (
    <Card withBorder padding="md" component="article" aria-label={title}>
      <CardHeading
        title={title}
        subtitle={`${debrief.department ?? 'No department given'} · asked for on ${formatDateTime(debrief.requestedAt, timeZone)}`}
        badge={
          <Badge color={DEBRIEF_STATUS_COLOURS[debrief.status]} variant="light">
            {DEBRIEF_STATUS_LABELS[debrief.status]}
          </Badge>
        }
      />
      <Text size="sm" mt="sm">
        {debrief.startsAt ? `${formatDateTime(debrief.startsAt, timeZone)}, ${debrief.place ?? ''}` : 'No time yet'}
        {debrief.supporters.length > 0 && ` · with ${debrief.supporters.map((s) => s.name).join(' and ')}`}
      </Text>
      <Text size="sm">{cameText(debrief)}</Text>
      {children}
    </Card>
  );
}
