import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { SupporterRequest } from '#shared/contracts/peer-support.ts';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { askedFor, takenStatus, topicOf } from './supporter-request-words.ts';

/** Requests this person took: open ones, and closed ones whose follow-up window is still open. */
export function TakenRequestsSection({ requests }: { requests: SupporterRequest[] }) {
  const { orgId, timeZone } = useCurrentOrg();
  return (
    <Section title="Requests you took">
      {requests.length === 0 ? (
        <Text c="dimmed">None open.</Text>
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {requests.map((request) => (
            <Card key={request.id} withBorder padding="md" component="li">
              <Anchor component={Link} to={`/o/${orgId}/peer-support/requests/${request.id}`} fw={700}>
                {request.requesterDisplay ? `${request.requesterDisplay}: ${topicOf(request)}` : topicOf(request)}
              </Anchor>
              <Text size="sm">{takenStatus(request, timeZone)}</Text>
              <Text size="sm" c="dimmed">
                {askedFor(request)}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
    </Section>
  );
}
