import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { instantOf } from '#web/lib/org-clock.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { formatByTime } from './request-time.ts';

const MINUTE = 60_000;

/**
 * "I will contact them by": 15 minutes, an hour, or the end of the day on the organisation's clock (offered only
 * when that is later than an hour from now). Times are worked out when pressed, not when the page was drawn.
 */
function choicesAt(now: Date, timeZone: string): { label: string; contactBy: () => string }[] {
  const choices = [
    { label: 'Within 15 minutes', contactBy: () => new Date(Date.now() + 15 * MINUTE).toISOString() },
    { label: 'Within an hour', contactBy: () => new Date(Date.now() + 60 * MINUTE).toISOString() },
  ];
  const endOfDay = instantOf(todayIn(timeZone, now), '23:45', timeZone);
  if (Date.parse(endOfDay) > now.getTime() + 90 * MINUTE) {
    choices.push({ label: `Today, by ${formatByTime(endOfDay, timeZone, now)}`, contactBy: () => endOfDay });
  }
  return choices;
}

export function ClaimChoices({
  topic,
  pending,
  onClaim,
}: {
  topic: string;
  pending: boolean;
  onClaim: (contactBy: string) => void;
}) {
  const { timeZone } = useCurrentOrg();
  const labelId = useId();
  return (
    <div>
      <Text fw={600} size="sm" id={labelId}>
        Take it: I will contact them…
      </Text>
      <Group gap="sm" mt={6} role="group" aria-labelledby={labelId}>
        {choicesAt(new Date(), timeZone).map((choice) => (
          <Button
            key={choice.label}
            size="md"
            disabled={pending}
            aria-label={`Take “${topic}”: ${choice.label.toLowerCase()}`}
            onClick={() => onClaim(choice.contactBy())}
          >
            {choice.label}
          </Button>
        ))}
      </Group>
    </div>
  );
}
