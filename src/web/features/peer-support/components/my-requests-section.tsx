import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { TOPIC_LABELS, type MyRequest, type RequestStage } from '#shared/contracts/peer-support.ts';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatDateTime } from '#web/lib/org-time.ts';

const STAGE_WORDS: Record<RequestStage, string> = {
  finding: 'We are finding someone',
  nobody_free: 'No one is free yet — still open',
  claimed: 'A supporter has it',
  contacted: 'Your supporter is in touch',
  closed: 'Closed',
  cancelled: 'Withdrawn',
};

/** The person's open requests, and those closed recently enough to ask for a follow-up. */
export function MyRequestsSection({ requests }: { requests: MyRequest[] }) {
  const { orgId, timeZone } = useCurrentOrg();
  if (requests.length === 0) return null;
  return (
    <Section title="Your requests">
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {requests.map((request) => (
          <Card key={request.id} withBorder padding="md" component="li">
            <Anchor component={Link} to={`/o/${orgId}/talk/requests/${request.id}`} fw={700}>
              {TOPIC_LABELS[request.topic]}
            </Anchor>
            <Text size="sm">{STAGE_WORDS[request.stage]}</Text>
            <Text size="sm" c="dimmed">
              Sent {formatDateTime(request.createdAt, timeZone)}
            </Text>
          </Card>
        ))}
      </Stack>
    </Section>
  );
}
