import { SimpleGrid, Table, Text } from '@mantine/core';
import type { GroupReport } from '#shared/contracts/groups.ts';
import { BarChart } from '#web/components/bar-chart.tsx';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { Section } from '#web/components/section.tsx';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { meanAttendance } from './report-figures.ts';

/** Enough sessions to see a trend, few enough to read on a phone. */
const LAST_SESSIONS = 8;

/** Head counts from the facilitators' session logs, per group and session in date order, with places and wait-lists. */
export function ReportAttendance({ groups }: { groups: GroupReport['groups'] }) {
  const max = Math.max(0, ...groups.flatMap((g) => g.attendance.map((a) => a.count)));
  const bars = (g: GroupReport['groups'][number]) =>
    [...g.attendance]
      .sort((a, b) => a.sessionOn.localeCompare(b.sessionOn))
      .slice(-LAST_SESSIONS)
      .map((a) => ({ label: formatCalendarDate(a.sessionOn), value: a.count, text: `${a.count} came` }));
  return (
    <Section title="Attendance and places">
      <Text size="sm" mb="md">
        Head counts from the facilitators&apos; session logs, up to the last {LAST_SESSIONS} sessions of each group.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xl" mb="xl">
        {groups.map((g) =>
          g.attendance.length ? (
            <BarChart key={g.id} title={g.name} groups={[{ bars: bars(g) }]} max={max} />
          ) : (
            <div key={g.id}>
              <Text fw={600}>{g.name}</Text>
              <Text size="sm">No session logged yet.</Text>
            </div>
          ),
        )}
      </SimpleGrid>
      <ScrollableTable label="Attendance and places, as a table" minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Group</Table.Th>
              <Table.Th scope="col">Members</Table.Th>
              <Table.Th scope="col">Wait-list</Table.Th>
              <Table.Th scope="col">Sessions held</Table.Th>
              <Table.Th scope="col">Mean attendance</Table.Th>
              <Table.Th scope="col">Escalations</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Th scope="row" fw={400}>
                  {g.name}
                </Table.Th>
                <Table.Td>
                  {g.members} of {g.maxMembers}
                </Table.Td>
                <Table.Td>{g.waitlist}</Table.Td>
                <Table.Td>{g.sessionsHeld}</Table.Td>
                <Table.Td>{meanAttendance(g.attendance) ?? '—'}</Table.Td>
                <Table.Td>{g.escalations}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Section>
  );
}
