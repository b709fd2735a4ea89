import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate, todayIn } from '#web/lib/org-time.ts';
import { useMyPairs } from '../api/get-my-pairs.ts';
import { FeedbackCall } from './feedback-call.tsx';
import { agreementAcceptedByMe, nextMeeting, otherPerson } from './pair-summary.ts';
import { Section } from '#web/components/section.tsx';

export function MyPairsSection() {
  const { orgId, timeZone } = useCurrentOrg();
  const pairs = useMyPairs(orgId);
  const today = todayIn(timeZone);
  return (
    <Section title="My mentoring">
      {pairs.isPending && <PageLoader label="Loading your pairs" />}
      {pairs.isError && <QueryError error={pairs.error} onRetry={() => void pairs.refetch()} />}
      {pairs.data?.length === 0 && (
        <Text c="dimmed">
          You are not in a mentoring pair yet. When a program matches you, your pair space appears here.
        </Text>
      )}
      {pairs.data && pairs.data.length > 0 && (
        <Stack gap="sm" mb="sm">
          {[...new Map(pairs.data.map((pair) => [pair.program.id, pair.program])).values()].map((program) => (
            <FeedbackCall key={program.id} program={program} />
          ))}
        </Stack>
      )}
      {pairs.data && pairs.data.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {[...pairs.data]
            .sort((a, b) => (a.status === b.status ? 0 : a.status === 'active' ? -1 : 1))
            .map((pair) => {
              const other = otherPerson(pair);
              const next = pair.status === 'active' ? nextMeeting(pair) : undefined;
              return (
                <Card key={pair.id} component="li" withBorder padding="md">
                  <Title order={3} size="h4">
                    {pair.myRole === 'mentor' ? `Mentoring ${other.name}` : `Mentored by ${other.name}`}
                  </Title>
                  <Text size="sm" c="dimmed" mt={4}>
                    {pair.program.name}
                    {pair.status === 'ended' ? ' · ended' : ''}
                  </Text>
                  {(!agreementAcceptedByMe(pair) || pair.rematchRequested) && (
                    <Group gap="xs" mt="sm">
                      {!agreementAcceptedByMe(pair) && (
                        <Badge color="orange" variant="light" radius="sm">
                          Agreement to accept
                        </Badge>
                      )}
                      {pair.rematchRequested && (
                        <Badge color="gray" variant="light" radius="sm">
                          New match asked for
                        </Badge>
                      )}
                    </Group>
                  )}
                  {next && (
                    <Group gap="xs" mt="xs">
                      <Text size="sm">
                        Next meeting: {next.label}
                        {next.dueOn ? `, by ${formatCalendarDate(next.dueOn)}` : ''}
                      </Text>
                      {next.dueOn && next.dueOn < today && (
                        <Badge color="orange" variant="light" radius="sm">
                          Overdue
                        </Badge>
                      )}
                    </Group>
                  )}
                  <Group mt="md">
                    <Button
                      component={Link}
                      to={`/o/${orgId}/mentoring/pairs/${pair.id}`}
                      variant="light"
                      aria-label={`Open pair space with ${other.name}`}
                    >
                      Open pair space
                    </Button>
                  </Group>
                </Card>
              );
            })}
        </Stack>
      )}
    </Section>
  );
}
