import { Anchor, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ZApplicationSide } from '#shared/contracts/mentoring.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { useProgramForMe } from '../api/get-program-for-me.ts';
import { ApplicationForm } from './application-form.tsx';
import { takesApplications } from './program-dates.ts';

/** Applying to a program as a mentor or a mentee (or changing that application). */
export function ApplicationPage() {
  const params = useParams();
  const { orgId, timeZone } = useCurrentOrg();
  const programId = params.programId ?? '';
  const forMe = useProgramForMe(orgId, programId);
  const side = ZApplicationSide.safeParse(params.side);
  const back = (
    <Anchor component={Link} to={`/o/${orgId}/mentoring/programs/${programId}`}>
      Back to the program
    </Anchor>
  );

  if (forMe.isPending) return <PageLoader label="Loading the application form" />;
  if (forMe.isError) return <QueryError error={forMe.error} onRetry={() => void forMe.refetch()} />;
  const existing = side.success ? forMe.data.myApplications.find((a) => a.side === side.data) : undefined;
  if (
    !side.success ||
    (!existing && !forMe.data.eligibleAs.includes(side.data)) ||
    !takesApplications(forMe.data.program, todayIn(timeZone))
  ) {
    return (
      <>
        <PageHeader title="You cannot apply here" />
        <Text mb="md">
          Applications for this program are closed, or this side of the program is for other cohorts or roles.
        </Text>
        {back}
      </>
    );
  }
  if (existing?.side === 'mentee' && existing.activePairs > 0) {
    return (
      <>
        <PageHeader title="You already have a mentor" />
        <Text mb="md">
          Your application led to a match. If the pair is not working, ask for a new match in your pair space: it is
          no-fault.
        </Text>
        {back}
      </>
    );
  }
  return <ApplicationForm forMe={forMe.data} side={side.data} existing={existing} back={back} />;
}
