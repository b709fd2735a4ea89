import { Anchor, Stack } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';
import { useSupporterInbox } from '../api/get-supporter-inbox.ts';
import { DebriefsYouRunSection } from './debriefs-you-run-section.tsx';
import { OfferedRequestsSection } from './offered-requests-section.tsx';
import { TakenRequestsSection } from './taken-requests-section.tsx';
import { YourCareSection } from './your-care-section.tsx';

/**
 * The supporter's page: not gated, since the program's backup and lead answer requests too; each shows what the
 * caller has. Peer supporters also see their own care; leads get the way to run the program.
 */
export function SupporterPage() {
  const org = useCurrentOrg();
  const inbox = useSupporterInbox(org.orgId);
  const supporter = hasRole(org, 'peer_supporter');
  return (
    <>
      <PageHeader
        title="Peer support"
        description="Requests offered to you and the ones you took. Take only what you can: looking after yourself comes first."
        actions={
          hasRole(org, 'coordinator', 'wellbeing_lead', 'org_admin') && (
            <div>
              <Anchor component={Link} to={`/o/${org.orgId}/peer-support/manage`} fw={600}>
                Run the program
              </Anchor>
            </div>
          )
        }
      />
      <Stack gap="xl">
        {inbox.isPending && <PageLoader label="Loading requests" />}
        {inbox.isError && <QueryError error={inbox.error} onRetry={() => void inbox.refetch()} />}
        {inbox.data && (
          <>
            <OfferedRequestsSection requests={inbox.data.offered} onTaken={() => void inbox.refetch()} />
            <TakenRequestsSection requests={inbox.data.mine} />
          </>
        )}
        {supporter && <DebriefsYouRunSection />}
        {supporter && <YourCareSection />}
      </Stack>
    </>
  );
}
