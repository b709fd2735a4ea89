import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { BackLink } from '#web/components/back-link.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFacilitation } from '../api/get-facilitation.ts';
import { FacilitationComing } from './facilitation-coming.tsx';
import { FacilitationHeld } from './facilitation-held.tsx';
import { FacilitationMembers } from './facilitation-members.tsx';
import { FacilitationPlan } from './facilitation-plan.tsx';
import { sessionsWithoutLog } from './facilitation-status.ts';
import { meetsText } from './session-schedule.ts';
import { SupervisionSection } from './supervision-section.tsx';

/** The facilitator's side of one group: members, the plan, sessions to record and change, supervision. */
export function FacilitationPage() {
  const { groupId = '' } = useParams();
  const { orgId } = useCurrentOrg();
  const facilitation = useFacilitation(orgId, groupId);

  if (facilitation.isPending) return <PageLoader label="Loading your group" />;
  if (isApiError(facilitation.error) && (facilitation.error.status === 403 || facilitation.error.status === 404)) {
    // Coordinators reach this address too; the facilitation itself is for the group's own facilitators.
    return (
      <>
        <PageHeader
          title="This page is for the group's facilitators"
          description="Only the facilitators of a group see its members, plan and logs."
        />
        <Anchor component={Link} to={`/o/${orgId}/groups/${groupId}`}>
          See the group
        </Anchor>
      </>
    );
  }
  if (facilitation.isError)
    return <QueryError error={facilitation.error} onRetry={() => void facilitation.refetch()} />;
  const { group } = facilitation.data;
  const unlogged = sessionsWithoutLog(facilitation.data.sessions).length;

  return (
    <>
      <PageHeader
        title={`Facilitate: ${group.name}`}
        description={`${meetsText(group)}. Facilitators: ${group.facilitators.map((f) => f.name).join(' and ')}.`}
      />
      <Stack gap="xl" maw={860}>
        {unlogged > 0 && (
          <Alert
            color="orange"
            variant="light"
            title={unlogged === 1 ? 'One session still needs a log' : `${unlogged} sessions still need a log`}
          >
            <Text size="sm">
              A log takes a minute: how many came, the themes, and whether signposting or an escalation was needed. No
              names.
            </Text>
          </Alert>
        )}
        <FacilitationHeld facilitation={facilitation.data} />
        <FacilitationComing facilitation={facilitation.data} />
        <FacilitationMembers facilitation={facilitation.data} />
        <FacilitationPlan groupId={group.id} plan={facilitation.data.plan} />
        <SupervisionSection facilitation={facilitation.data} />
        <BackLink to={`/o/${orgId}/groups`}>Back to Peer groups</BackLink>
      </Stack>
    </>
  );
}
