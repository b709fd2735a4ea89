import { SimpleGrid, Table } from '@mantine/core';
import { MEETING_TOPIC_LABELS, type ProgramReport } from '#shared/contracts/mentoring.ts';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { BarChart } from '#web/components/bar-chart.tsx';
import { figureText } from './feedback-labels.ts';
import { Section } from '#web/components/section.tsx';

/** What pairs talk about, from the topics ticked when a meeting is logged; topics from fewer than 5 pairs are hidden. */
export function ReportTopics({ topics }: { topics: ProgramReport['topics'] }) {
  const bars = topics.map((t) => ({
    label: MEETING_TOPIC_LABELS[t.topic],
    value: t.meetings.suppressed ? null : t.meetings.value,
    text: figureText(t.meetings),
  }));
  const max = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
  return (
    <Section title="Meeting topics">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <BarChart title="Meetings by topic" groups={[{ bars }]} max={max} />
        <ScrollableTable label="Meetings by topic, as a table" minWidth={280}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Topic</Table.Th>
                <Table.Th scope="col" ta="right">
                  Meetings
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {bars.map((bar) => (
                <Table.Tr key={bar.label}>
                  <Table.Th scope="row" fw={400}>
                    {bar.label}
                  </Table.Th>
                  <Table.Td ta="right">{bar.text}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      </SimpleGrid>
    </Section>
  );
}
