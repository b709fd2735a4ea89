import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { CardHeading } from '#web/components/card-heading.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useMyGroups } from '../api/get-my-groups.ts';
import { GroupsToJoinInterest } from './groups-to-join-interest.tsx';
import { JoinGroupButton } from './join-group-button.tsx';
import { meetsHowText, meetsText } from './session-schedule.ts';
import { placesText } from './wait-list-text.ts';

function GroupToJoinCard({ group }: { group: GroupForMember }) {
  return (
    <Card component="li" withBorder padding="md">
      <CardHeading
        title={group.name}
        subtitle={group.program.name}
        badge={
          <Badge
            color={group.placesLeft === 0 ? 'gray' : 'kindred'}
            variant="light"
            radius="sm"
            style={{ flexShrink: 0 }}
          >
            {group.placesLeft === 0 ? 'Full' : 'Places left'}
          </Badge>
        }
      />
      {group.description && <Text mt="xs">{group.description}</Text>}
      <Text size="sm" mt="xs">
        {meetsText(group)}. {meetsHowText(group.location.kind)}.
      </Text>
      <Text size="sm" fw={600} mt={4}>
        {placesText(group)}
      </Text>
      <Group mt="md">
        <JoinGroupButton group={group} />
      </Group>
    </Card>
  );
}

/** Groups open to the person (eligible, still open) that they are not in or waiting for. */
export function GroupsToJoinSection() {
  const { orgId, person } = useCurrentOrg();
  const groups = useMyGroups(orgId);
  // A facilitator cannot join their own group as a member.
  const open = groups.data?.filter(
    (g) => g.membership.status === 'none' && !g.facilitators.some((f) => f.id === person.id),
  );
  return (
    <Section title="Groups you can join">
      {groups.isPending && <PageLoader label="Loading groups" />}
      {groups.isError && <QueryError error={groups.error} onRetry={() => void groups.refetch()} />}
      {open?.length === 0 && (
        <Text c="dimmed">There is no other group open to you right now. When one opens, it will be here.</Text>
      )}
      {open && open.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {open.map((group) => (
            <GroupToJoinCard key={group.id} group={group} />
          ))}
        </Stack>
      )}
      {open && <GroupsToJoinInterest groups={open} />}
    </Section>
  );
}
