import { Stack } from '@mantine/core';
import { useParams } from 'react-router';
import { BackLink } from '#web/components/back-link.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { usePair } from '../api/get-pair.ts';
import { FeedbackCall } from './feedback-call.tsx';
import { PairAgreement } from './pair-agreement.tsx';
import { PairContact } from './pair-contact.tsx';
import { PairGoals } from './pair-goals.tsx';
import { PairMeetings } from './pair-meetings.tsx';
import { otherPerson } from './pair-summary.ts';
import { PrivateNotes } from './private-notes.tsx';
import { RematchRequest } from './rematch-request.tsx';

/** A pair's own space: their agreement, goals, meetings, private notes, and a way out without blame. */
export function PairPage() {
  const { pairId = '' } = useParams();
  const { orgId } = useCurrentOrg();
  const pair = usePair(orgId, pairId);

  if (pair.isPending) return <PageLoader label="Loading your pair space" />;
  if (pair.isError) return <QueryError error={pair.error} onRetry={() => void pair.refetch()} />;
  const other = otherPerson(pair.data);
  const member = pair.data.myRole !== 'coordinator';
  const title =
    pair.data.myRole === 'mentor'
      ? `Mentoring ${other.name}`
      : pair.data.myRole === 'mentee'
        ? `Mentored by ${other.name}`
        : `${pair.data.mentor.name} and ${pair.data.mentee.name}`;

  return (
    <>
      <PageHeader
        title={title}
        description={`${pair.data.program.name}${pair.data.status === 'ended' ? ' · this pair has ended' : ''}`}
      />
      <Stack gap="xl" maw={760}>
        {member && <FeedbackCall program={pair.data.program} />}
        <PairContact pair={pair.data} />
        <PairAgreement pair={pair.data} />
        <PairMeetings pair={pair.data} />
        <PairGoals pair={pair.data} />
        {member && <PrivateNotes pairId={pair.data.id} />}
        {member && pair.data.status === 'active' && <RematchRequest pair={pair.data} />}
        <BackLink to={`/o/${orgId}/mentoring`}>Back to Mentoring</BackLink>
      </Stack>
    </>
  );
}
