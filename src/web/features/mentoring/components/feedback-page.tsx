import { Alert, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { FEEDBACK_ROUNDS, PROGRAM_AUDIENCE } from '#shared/contracts/mentoring.ts';
import { BackLink } from '#web/components/back-link.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useFeedbackStatus, type FeedbackRound } from '../api/get-feedback-status.ts';
import { useGiveFeedback } from '../api/give-feedback.ts';
import { useProgramForMe } from '../api/get-program-for-me.ts';
import { FeedbackForm } from './feedback-form.tsx';
import { FEEDBACK_PRIVACY_LINE, ROUND_LABELS } from './feedback-labels.ts';

const isRound = (value: string | undefined): value is FeedbackRound => FEEDBACK_ROUNDS.some((round) => round === value);

/** Where the feedback e-mails and notifications lead: four quick questions, answered once per round. */
export function FeedbackPage() {
  const { programId = '', round: requested } = useParams();
  const round: FeedbackRound = isRound(requested) ? requested : 'midpoint';
  const { orgId } = useCurrentOrg();
  const program = useProgramForMe(orgId, programId);
  const status = useFeedbackStatus(orgId, programId);
  const give = useGiveFeedback(orgId, programId, round);
  const [sent, setSent] = useState(false);

  if (!isRound(requested))
    return (
      <PageHeader
        title="There is no such feedback round"
        description="Check the link in your e-mail or notification."
      />
    );
  if (program.isPending || status.isPending) return <PageLoader label="Loading the questions" />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;
  if (status.isError) return <QueryError error={status.error} onRetry={() => void status.refetch()} />;
  const mine = status.data.rounds.find((r) => r.round === round);
  const answered = sent || mine?.answered === true || isApiError(give.error, 'already_answered');
  const notOpen = !answered && (mine?.open === false || isApiError(give.error, 'feedback_not_open'));

  return (
    <>
      <PageHeader title={`${ROUND_LABELS[round]} feedback`} description={program.data.program.name} />
      <Stack gap="xl" maw={640}>
        {sent ? (
          <Alert color="kindred" variant="light" role="status" title="Thank you">
            Your feedback has been sent. It helps your coordinator make the program better for next year's{' '}
            {PROGRAM_AUDIENCE[program.data.program.template].mentees}.
          </Alert>
        ) : answered ? (
          <Alert color="blue" variant="light" role="status" title="You have already answered">
            You gave {ROUND_LABELS[round].toLowerCase()} feedback for this program. Thank you. Each person answers once
            per round.
          </Alert>
        ) : notOpen ? (
          <Alert color="blue" variant="light" role="status" title="Not open yet">
            {mine
              ? `This round opens on ${formatCalendarDate(mine.opensOn)}. We will send you a link then.`
              : 'This round is not open yet.'}
          </Alert>
        ) : (
          <Paper withBorder p="md">
            <Text mb="lg" fw={500}>
              {FEEDBACK_PRIVACY_LINE}
            </Text>
            <FeedbackForm
              pending={give.isPending}
              error={give.isError ? errorMessage(give.error) : null}
              onSubmit={(body) => give.mutate(body, { onSuccess: () => setSent(true) })}
            />
          </Paper>
        )}
        <BackLink to={`/o/${orgId}/mentoring`}>Back to Mentoring</BackLink>
      </Stack>
    </>
  );
}
