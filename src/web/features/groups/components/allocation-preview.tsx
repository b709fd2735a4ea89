import { Stack, Table, Text, Title } from '@mantine/core';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import type { Allocation } from '../api/run-group-allocation.ts';

/** The engine's places, by group, and who it could not place and why. */
export function AllocationPreview({ allocation, title }: { allocation: Allocation; title: string }) {
  const placements = [...allocation.placements].sort(
    (a, b) => a.group.name.localeCompare(b.group.name) || a.person.name.localeCompare(b.person.name),
  );
  return (
    <Stack gap="md">
      <Title order={3} size="h4">
        {title}
      </Title>
      {placements.length === 0 ? (
        <Text>Nobody can be placed right now.</Text>
      ) : (
        <ScrollableTable label={title} minWidth={420}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Group</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {placements.map((p) => (
                <Table.Tr key={p.person.id}>
                  <Table.Th scope="row" fw={400}>
                    {p.person.name}
                  </Table.Th>
                  <Table.Td>{p.group.name}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      )}
      {allocation.unplaced.length > 0 && (
        <>
          <Title order={3} size="h4">
            Not placed ({allocation.unplaced.length})
          </Title>
          <ScrollableTable label="Not placed" minWidth={420}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Why</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {allocation.unplaced.map((u) => (
                  <Table.Tr key={u.person.id}>
                    <Table.Th scope="row" fw={400}>
                      {u.person.name}
                    </Table.Th>
                    <Table.Td>{u.reason}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
          <Text size="sm" c="dimmed">
            Unless the reason says they were put on a wait-list, they stay on this list: a new group, or more places in
            one, lets you place them next time.
          </Text>
        </>
      )}
    </Stack>
  );
}
