import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useOpenSurveys } from '../api/get-open-surveys.ts';

/** Surveys of sessions the person came to and has not answered; nothing at all when there are none. */
export function OpenSurveysSection() {
  const { orgId } = useCurrentOrg();
  const surveys = useOpenSurveys(orgId);
  if (!surveys.data || surveys.data.length === 0) return null;
  return (
    <Section title="How was your session?">
      <Text mb="sm">Four quick questions. Your answers are never linked to your name.</Text>
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {surveys.data.map((survey) => (
          <Card key={survey.sessionId} component="li" withBorder padding="md">
            <Title order={3} size="h4">
              {survey.group.name}
            </Title>
            <Text size="sm" c="dimmed" mt={4}>
              Session of {formatCalendarDate(survey.sessionOn)} · open until {formatCalendarDate(survey.closesOn)}
            </Text>
            <Group mt="md">
              <Button
                component={Link}
                to={`/o/${orgId}/groups/${survey.group.id}/sessions/${survey.sessionId}/survey`}
                aria-label={`Answer the survey: ${survey.group.name}, ${formatCalendarDate(survey.sessionOn)}`}
              >
                Answer the survey
              </Button>
            </Group>
          </Card>
        ))}
      </Stack>
    </Section>
  );
}
