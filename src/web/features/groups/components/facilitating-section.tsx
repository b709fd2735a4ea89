import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import type { Group as SupportGroup } from '#shared/contracts/groups.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatDateTime, todayIn } from '#web/lib/org-time.ts';
import { useFacilitating } from '../api/get-facilitating.ts';
import { useFacilitation } from '../api/get-facilitation.ts';
import { facilitatorsBehind, sessionsWithoutLog } from './facilitation-status.ts';
import { meetsText, nextSession } from './session-schedule.ts';

/** What needs doing in one group: its next session, logs still to write, supervision overdue. */
function FacilitatedGroupCard({ group }: { group: SupportGroup }) {
  const { orgId, timeZone } = useCurrentOrg();
  const facilitation = useFacilitation(orgId, group.id);
  const next = facilitation.data && nextSession(facilitation.data.sessions);
  const unlogged = facilitation.data ? sessionsWithoutLog(facilitation.data.sessions).length : 0;
  const behind = facilitation.data
    ? facilitatorsBehind(facilitation.data, todayIn(timeZone), timeZone).length > 0
    : false;
  return (
    <Card component="li" withBorder padding="md">
      <Title order={3} size="h4">
        {group.name}
      </Title>
      <Text size="sm" c="dimmed" mt={4}>
        {meetsText(group)} · {group.members} of {group.maxMembers} places taken
        {group.waiting > 0 ? ` · ${group.waiting} waiting` : ''}
      </Text>
      {facilitation.data && (
        <Text size="sm" mt="xs">
          {next
            ? `Next session: ${formatDateTime(next.startsAt, timeZone)} (${repliesText(next.rsvpYes, next.rsvpNo)})`
            : 'No session coming up.'}
        </Text>
      )}
      {(unlogged > 0 || behind) && (
        <Group gap="xs" mt="xs">
          {unlogged > 0 && (
            <Badge color="orange" variant="light" radius="sm">
              {unlogged === 1 ? '1 session to log' : `${unlogged} sessions to log`}
            </Badge>
          )}
          {behind && (
            <Badge color="orange" variant="light" radius="sm">
              Supervision overdue
            </Badge>
          )}
        </Group>
      )}
      <Group mt="md">
        <Button
          component={Link}
          to={`/o/${orgId}/groups/${group.id}/facilitate`}
          variant="light"
          aria-label={`Facilitate: ${group.name}`}
        >
          Facilitate
        </Button>
      </Group>
    </Card>
  );
}

/** What members have said about a session so far: "3 coming, 1 can't", or that nobody has said yet. */
function repliesText(yes: number, no: number): string {
  if (yes + no === 0) return 'no replies yet';
  return [yes > 0 ? `${yes} coming` : null, no > 0 ? `${no} can't` : null].filter(Boolean).join(', ');
}

export function FacilitatingSection() {
  const { orgId } = useCurrentOrg();
  const groups = useFacilitating(orgId);
  return (
    <Section title="Groups you facilitate">
      {groups.isPending && <PageLoader label="Loading the groups you facilitate" />}
      {groups.isError && <QueryError error={groups.error} onRetry={() => void groups.refetch()} />}
      {groups.data?.length === 0 && (
        <Text c="dimmed">You do not facilitate a group yet. When a coordinator asks you to, it appears here.</Text>
      )}
      {groups.data && groups.data.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {groups.data.map((group) => (
            <FacilitatedGroupCard key={group.id} group={group} />
          ))}
        </Stack>
      )}
    </Section>
  );
}
