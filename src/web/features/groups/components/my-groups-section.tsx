import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { CardHeading } from '#web/components/card-heading.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { useMyGroups } from '../api/get-my-groups.ts';
import { MyGroupOffer } from './my-group-offer.tsx';
import { meetsText, nextSession } from './session-schedule.ts';
import { waitListText } from './wait-list-text.ts';

const STATUS_LABELS = { member: 'Member', waiting: 'On the wait-list', offered: 'Place offered' } as const;
/** An offer waits for an answer, so it comes first. */
const ORDER = { offered: 0, member: 1, waiting: 2, none: 3 } as const;

function MyGroupCard({ group }: { group: GroupForMember }) {
  const { orgId, timeZone } = useCurrentOrg();
  const status = group.membership.status;
  const next = status === 'member' ? nextSession(group.sessions) : undefined;
  return (
    <Card component="li" withBorder padding="md">
      <CardHeading
        title={group.name}
        subtitle={meetsText(group)}
        badge={
          status !== 'none' && (
            <Badge
              color={status === 'member' ? 'kindred' : status === 'offered' ? 'orange' : 'gray'}
              variant="light"
              radius="sm"
            >
              {STATUS_LABELS[status]}
            </Badge>
          )
        }
      />
      {next && (
        <Text size="sm" mt="xs">
          Next session: {formatDateTime(next.startsAt, timeZone)}
          {next.myRsvp === 'yes'
            ? ' · you are coming'
            : next.myRsvp === 'no'
              ? ' · you said you cannot come'
              : ' · let the group know if you can come'}
        </Text>
      )}
      {status === 'waiting' && (
        <Text size="sm" mt="xs">
          {waitListText(group.membership.waitlistPosition)}
        </Text>
      )}
      {status === 'offered' && <MyGroupOffer group={group} />}
      <Group mt="md">
        <Button
          component={Link}
          to={`/o/${orgId}/groups/${group.id}`}
          variant="light"
          aria-label={`Open group: ${group.name}`}
        >
          Open group
        </Button>
      </Group>
    </Card>
  );
}

/** Groups the person is in, waiting for, or has been offered a place in. */
export function MyGroupsSection() {
  const { orgId } = useCurrentOrg();
  const groups = useMyGroups(orgId);
  const mine = groups.data
    ?.filter((g) => g.membership.status !== 'none')
    .sort((a, b) => ORDER[a.membership.status] - ORDER[b.membership.status]);
  return (
    <Section title="My groups">
      {groups.isPending && <PageLoader label="Loading your groups" />}
      {groups.isError && <QueryError error={groups.error} onRetry={() => void groups.refetch()} />}
      {mine?.length === 0 && <Text c="dimmed">You are not in a group yet. Groups you can join are below.</Text>}
      {mine && mine.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {mine.map((group) => (
            <MyGroupCard key={group.id} group={group} />
          ))}
        </Stack>
      )}
    </Section>
  );
}
