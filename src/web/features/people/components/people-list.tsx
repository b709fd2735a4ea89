import { Badge, Card, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { ROLE_LABELS } from '#shared/contracts/common.ts';
import type { Person } from '#shared/contracts/people.ts';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatDate } from '#web/lib/org-time.ts';
import { PersonActions, type PersonActionHandlers } from './person-actions.tsx';
import { useOrgPlaces } from './use-org-places.ts';

interface PeopleListProps extends PersonActionHandlers {
  people: Person[];
  canEdit: boolean;
}

function roleNames(person: Person): string {
  return person.roles.map((role) => ROLE_LABELS[role]).join(', ');
}

function Status({ person }: { person: Person }) {
  return person.status === 'invited' ? (
    <Badge color="orange" variant="light" radius="sm" size="sm">
      Invited
    </Badge>
  ) : (
    <Text size="sm">Active</Text>
  );
}

/** A table on wide screens; on a phone the same people as cards, one under the other. */
export function PeopleList({ people, canEdit, ...handlers }: PeopleListProps) {
  const { orgId, timeZone } = useCurrentOrg();
  const { nameOf } = useOrgPlaces(orgId);

  return (
    <>
      <ScrollableTable label="People" minWidth={800} visibleFrom="md">
        <Table striped highlightOnHover verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Roles</Table.Th>
              <Table.Th scope="col">Site</Table.Th>
              <Table.Th scope="col">Department</Table.Th>
              <Table.Th scope="col">Cohort</Table.Th>
              <Table.Th scope="col">Status</Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.map((person) => (
              <Table.Tr key={person.id}>
                <Table.Td>
                  <Text fw={600} size="sm">
                    {person.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {person.email}
                  </Text>
                </Table.Td>
                <Table.Td>{roleNames(person)}</Table.Td>
                <Table.Td>{nameOf(person.siteId)}</Table.Td>
                <Table.Td>{nameOf(person.departmentId)}</Table.Td>
                <Table.Td>{nameOf(person.cohortId)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Status person={person} />
                  <Text size="sm" c="dimmed">
                    since {formatDate(person.joinedAt, timeZone)}
                  </Text>
                </Table.Td>
                {canEdit && (
                  <Table.Td>
                    <PersonActions person={person} {...handlers} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      <Stack hiddenFrom="md" gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {people.map((person) => (
          <Card key={person.id} withBorder component="li" padding="md">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <div style={{ minWidth: 0, flex: 1 }}>
                <Text fw={600}>{person.name}</Text>
                <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {person.email}
                </Text>
              </div>
              {canEdit && <PersonActions person={person} {...handlers} />}
            </Group>
            <Stack gap={6} mt="sm">
              <Text size="sm">{roleNames(person)}</Text>
              <Text size="sm">
                {[nameOf(person.siteId), nameOf(person.departmentId), nameOf(person.cohortId)]
                  .filter(Boolean)
                  .join(' · ') || 'No site, department or cohort yet'}
              </Text>
              <Group gap="xs">
                <Status person={person} />
                <Text size="sm" c="dimmed">
                  since {formatDate(person.joinedAt, timeZone)}
                </Text>
              </Group>
            </Stack>
          </Card>
        ))}
      </Stack>
    </>
  );
}
