import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { DebriefInvitation } from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { CardHeading } from '#web/components/card-heading.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatCalendarDate, formatDateTime } from '#web/lib/org-time.ts';
import { useAnswerDebriefInvitation, type DebriefResponse } from '../api/answer-debrief-invitation.ts';
import { useAskDebriefOneToOne } from '../api/ask-debrief-one-to-one.ts';
import { ContactChoiceForm } from './contact-choice-form.tsx';

const ANSWERS: { value: DebriefResponse; label: string }[] = [
  { value: 'coming', label: 'I will come' },
  { value: 'not_coming', label: 'I will not come' },
];

/** Team debriefs the person is invited to (issue 13, step 4): offered, never required, with a one-to-one instead. */
export function DebriefInvitationsSection({ invitations }: { invitations: DebriefInvitation[] }) {
  if (invitations.length === 0) return null;
  return (
    <Section title="Team debriefs you are invited to">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Coming is up to you. Whoever asked for the debrief learns how many came, never who.
        </Text>
        {invitations.map((invitation) => (
          <InvitationCard key={invitation.id} invitation={invitation} />
        ))}
      </Stack>
    </Section>
  );
}

function whenAndWhere(invitation: DebriefInvitation, timeZone: string): string {
  if (invitation.status === 'cancelled') return 'This debrief was cancelled.';
  if (invitation.status === 'held') return 'This debrief has taken place.';
  if (!invitation.startsAt) return 'The time is still being set; you will be told.';
  const when = formatDateTime(invitation.startsAt, timeZone);
  return invitation.place ? `${when}, ${invitation.place}` : when;
}

function InvitationCard({ invitation }: { invitation: DebriefInvitation }) {
  const { orgId, timeZone } = useCurrentOrg();
  const navigate = useNavigate();
  const answer = useAnswerDebriefInvitation(orgId);
  const oneToOne = useAskDebriefOneToOne(orgId);
  const [askingOneToOne, setAskingOneToOne] = useState(false);
  const labelId = useId();
  const chosen = answer.isPending ? answer.variables.response : invitation.response;
  const canAnswer = invitation.status === 'requested' || invitation.status === 'scheduled';
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <CardHeading
          title={`After the event on ${formatCalendarDate(invitation.eventOn)}`}
          subtitle={[invitation.department, whenAndWhere(invitation, timeZone)].filter(Boolean).join(' · ')}
        />
        {canAnswer && (
          <div>
            <Text size="sm" fw={600} id={labelId}>
              Will you come?
            </Text>
            <Group gap="sm" mt={6} role="group" aria-labelledby={labelId}>
              {ANSWERS.map((a) => (
                <Button
                  key={a.value}
                  size="md"
                  variant={chosen === a.value ? 'filled' : 'default'}
                  aria-pressed={chosen === a.value}
                  onClick={() => answer.mutate({ debriefId: invitation.id, response: a.value })}
                >
                  {a.label}
                </Button>
              ))}
            </Group>
            <FormError message={answer.isError ? errorMessage(answer.error) : null} />
          </div>
        )}
        {askingOneToOne ? (
          <ContactChoiceForm
            submitLabel="Ask for a one-to-one"
            pending={oneToOne.isPending}
            onCancel={() => setAskingOneToOne(false)}
            onSubmit={(choice, showError) =>
              oneToOne.mutate(
                { debriefId: invitation.id, choice },
                {
                  onSuccess: (request) => void navigate(`/o/${orgId}/talk/requests/${request.id}`),
                  onError: showError,
                },
              )
            }
          />
        ) : (
          <Anchor component="button" type="button" fw={600} ta="left" onClick={() => setAskingOneToOne(true)}>
            Ask for a one-to-one instead, or as well
          </Anchor>
        )}
      </Stack>
    </Card>
  );
}
