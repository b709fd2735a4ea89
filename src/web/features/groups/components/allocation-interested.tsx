import { Card, Group, Stack, Table, Text } from '@mantine/core';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import type { InterestedPerson } from '../api/get-group-interest.ts';
import { plural, timeSlotLabel } from './program-labels.ts';

interface AllocationInterestedProps {
  people: InterestedPerson[];
  departmentName: (id: string | null) => string;
  groupName: (id: string) => string;
}

const freeAt = (p: InterestedPerson) =>
  p.availability.length ? p.availability.map(timeSlotLabel).join(', ') : 'Any time';

function countBy(people: InterestedPerson[], keysOf: (p: InterestedPerson) => string[]) {
  const counts = new Map<string, number>();
  for (const p of people) for (const key of keysOf(p)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

function Tally({ title, counts }: { title: string; counts: [string, number][] }) {
  return (
    <Card withBorder padding="sm">
      <Text fw={600} size="sm" mb={4}>
        {title}
      </Text>
      <Stack component="ul" gap={2} p={0} m={0} style={{ listStyle: 'none' }}>
        {counts.map(([label, n]) => (
          <Text component="li" size="sm" key={label}>
            {label}: {n}
          </Text>
        ))}
      </Stack>
    </Card>
  );
}

/** The people waiting to be placed, by department and by the times they are free. */
export function AllocationInterested({ people, departmentName, groupName }: AllocationInterestedProps) {
  const sorted = [...people].sort(
    (a, b) =>
      departmentName(a.departmentId).localeCompare(departmentName(b.departmentId)) ||
      a.person.name.localeCompare(b.person.name),
  );
  return (
    <Stack gap="md">
      <Text>{plural(people.length, 'person has', 'people have')} asked to be placed in a group of this program.</Text>
      <Group align="flex-start" gap="sm">
        <Tally title="By department" counts={countBy(people, (p) => [departmentName(p.departmentId)])} />
        <Tally
          title="By time they are free"
          counts={countBy(people, (p) => (p.availability.length ? p.availability.map(timeSlotLabel) : ['Any time']))}
        />
      </Group>
      <ScrollableTable label="People waiting to be placed" minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Department</Table.Th>
              <Table.Th scope="col">Free</Table.Th>
              <Table.Th scope="col">Would like</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((p) => (
              <Table.Tr key={p.person.id}>
                <Table.Th scope="row" fw={400}>
                  {p.person.name}
                </Table.Th>
                <Table.Td>{departmentName(p.departmentId)}</Table.Td>
                <Table.Td>{freeAt(p)}</Table.Td>
                <Table.Td>{p.preferredGroupIds.map(groupName).join(', ') || 'Any group'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Stack>
  );
}
