import { Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useAskForMyDebrief } from '../api/ask-for-my-debrief.ts';
import { ContactChoiceForm } from './contact-choice-form.tsx';

/** A supporter asks for a debrief for themselves: followed like any request of theirs, on the member's side. */
export function AskMyDebrief() {
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const ask = useAskForMyDebrief(orgId);
  const [asking, setAsking] = useState(false);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        A debrief for you
      </Title>
      <Text>Supporting others can stay with you. Another supporter can debrief you, in confidence.</Text>
      {asking ? (
        <ContactChoiceForm
          submitLabel="Ask for a debrief"
          pending={ask.isPending}
          onCancel={() => setAsking(false)}
          onSubmit={(choice, showError) =>
            ask.mutate(choice, {
              onSuccess: (request) => void navigate(`/o/${orgId}/talk/requests/${request.id}`),
              onError: showError,
            })
          }
        />
      ) : (
        <div>
          <Button variant="light" size="md" onClick={() => setAsking(true)}>
            Ask for a debrief for yourself
          </Button>
        </div>
      )}
    </Stack>
  );
}
