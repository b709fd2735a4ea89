import { Anchor, Stack } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { BackLink } from '#web/components/back-link.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useGroupAsMember } from '../api/get-group-as-member.ts';
import { GroupPageAbout } from './group-page-about.tsx';
import { GroupPageStatus } from './group-page-status.tsx';
import { MemberLeave } from './member-leave.tsx';
import { SessionRsvpList } from './session-rsvp-list.tsx';

/** One group as a member sees it (the group e-mails link here): where they stand, about it, sessions to answer, a way out. */
export function GroupPage() {
  const { groupId = '' } = useParams();
  const { orgId, person } = useCurrentOrg();
  const group = useGroupAsMember(orgId, groupId);

  if (group.isPending) return <PageLoader label="Loading the group" />;
  if (group.isError) return <QueryError error={group.error} onRetry={() => void group.refetch()} />;
  const status = group.data.membership.status;
  const facilitates = group.data.facilitators.some((f) => f.id === person.id);

  return (
    <>
      <PageHeader title={group.data.name} description={group.data.program.name} />
      <Stack gap="xl" maw={760}>
        {facilitates ? (
          <div>
            <Anchor component={Link} to={`/o/${orgId}/groups/${groupId}/facilitate`} fw={700}>
              You facilitate this group: open its facilitation page
            </Anchor>
          </div>
        ) : (
          <GroupPageStatus group={group.data} />
        )}
        <GroupPageAbout group={group.data} />
        {status === 'member' && <SessionRsvpList group={group.data} />}
        {(status === 'member' || status === 'waiting') && <MemberLeave group={group.data} />}
        <BackLink to={`/o/${orgId}/groups`}>Back to Peer groups</BackLink>
      </Stack>
    </>
  );
}
