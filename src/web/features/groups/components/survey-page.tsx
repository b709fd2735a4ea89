import { Alert, List, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { MIN_RESPONSES } from '#shared/contracts/groups.ts';
import { BackLink } from '#web/components/back-link.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useAnswerSurvey } from '../api/answer-survey.ts';
import { useOpenSurveys } from '../api/get-open-surveys.ts';
import { SurveyForm } from './survey-form.tsx';

function WhyAnonymous() {
  return (
    <Stack gap={4} mb="lg">
      <Text fw={700}>Your answers are anonymous</Text>
      <List size="sm" spacing={2}>
        <List.Item>
          They are stored apart from your name: we only note that you have answered, so you are not asked again.
        </List.Item>
        <List.Item>They are released in batches, so nobody can tell which answer came when.</List.Item>
        <List.Item>Results are shown only once at least {MIN_RESPONSES} people have answered.</List.Item>
      </List>
    </Stack>
  );
}

/** Where the survey e-mail and notification lead: four questions after a session, answered once, never linked to the person. */
export function SurveyPage() {
  const { groupId = '', sessionId = '' } = useParams();
  const { orgId } = useCurrentOrg();
  const surveys = useOpenSurveys(orgId);
  const answer = useAnswerSurvey(orgId, groupId, sessionId);
  // Kept once found: after answering, the survey leaves the list of open ones.
  const [survey, setSurvey] = useState<NonNullable<typeof surveys.data>[number] | null>(null);
  const [sent, setSent] = useState(false);
  const open = surveys.data?.find((s) => s.sessionId === sessionId && s.group.id === groupId);
  if (open && survey?.sessionId !== open.sessionId) setSurvey(open);
  const shown = survey ?? open;

  if (surveys.isPending) return <PageLoader label="Loading the survey" />;
  if (surveys.isError) return <QueryError error={surveys.error} onRetry={() => void surveys.refetch()} />;
  const already = isApiError(answer.error, 'already_answered');

  return (
    <>
      <PageHeader
        title={shown ? `How was ${shown.group.name}?` : 'Session survey'}
        description={shown ? `The session of ${formatCalendarDate(shown.sessionOn)}` : undefined}
      />
      <Stack gap="xl" maw={640}>
        {sent ? (
          <Alert color="kindred" variant="light" role="status" title="Thank you">
            Your answers are in. They help the facilitators and make the group better for everyone in it.
          </Alert>
        ) : already ? (
          <Alert color="blue" variant="light" role="status" title="You have already answered this survey">
            Thank you. Each person answers once for each session.
          </Alert>
        ) : shown ? (
          <Paper withBorder p="md">
            <WhyAnonymous />
            <SurveyForm
              pending={answer.isPending}
              error={answer.isError ? errorMessage(answer.error) : null}
              onSubmit={(body) => answer.mutate(body, { onSuccess: () => setSent(true) })}
            />
          </Paper>
        ) : (
          <Alert color="blue" variant="light" role="status" title="This survey is not waiting for you">
            You have already answered it, or it has closed: each survey is open for a week after the session, to the
            people who came.
          </Alert>
        )}
        <BackLink to={`/o/${orgId}/groups`}>Back to Peer groups</BackLink>
      </Stack>
    </>
  );
}
