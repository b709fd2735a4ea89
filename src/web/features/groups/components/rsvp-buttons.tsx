import { Button, Group, Text } from '@mantine/core';
import { useId } from 'react';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { useRsvpSession, type Rsvp } from '../api/rsvp-session.ts';
import { memberErrorText } from './member-messages.ts';

type Session = GroupForMember['sessions'][number];

const ANSWERS: { value: Rsvp; label: string; name: string }[] = [
  { value: 'yes', label: 'Yes', name: 'Yes, I will come' },
  { value: 'no', label: 'No', name: 'No, I can’t come' },
];

/** Yes or no for one session, changeable until it starts; the chosen answer is pressed. */
export function RsvpButtons({ groupId, session }: { groupId: string; session: Session }) {
  const { orgId, timeZone } = useCurrentOrg();
  const rsvp = useRsvpSession(orgId, groupId);
  const labelId = useId();
  const when = formatDateTime(session.startsAt, timeZone);
  const chosen = rsvp.isPending ? rsvp.variables.response : session.myRsvp;
  return (
    <div>
      <Text size="sm" fw={600} id={labelId}>
        Can you come?
      </Text>
      <Group gap="sm" mt={6} role="group" aria-labelledby={labelId}>
        {ANSWERS.map((answer) => (
          <Button
            key={answer.value}
            size="md"
            miw={96}
            variant={chosen === answer.value ? 'filled' : 'default'}
            aria-pressed={chosen === answer.value}
            aria-label={`${answer.name}: ${when}`}
            onClick={() => rsvp.mutate({ sessionId: session.id, response: answer.value })}
          >
            {answer.label}
          </Button>
        ))}
      </Group>
      <Text size="sm" mt={6} c="dimmed" role="status">
        {session.myRsvp === 'yes'
          ? 'You said you will come.'
          : session.myRsvp === 'no'
            ? 'You said you can’t come.'
            : 'You have not said yet.'}
      </Text>
      <FormError message={rsvp.isError ? memberErrorText(rsvp.error) : null} />
    </div>
  );
}
