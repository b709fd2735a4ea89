import { SimpleGrid, Table } from '@mantine/core';
import type { ReportMonth } from '#shared/contracts/peer-support.ts';
import { BarChart } from '#web/components/bar-chart.tsx';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { Section } from '#web/components/section.tsx';
import { figureText } from './lead-labels.ts';
import { barOf, largest, monthLabel } from './report-labels.ts';

/** Requests and how quickly they were answered, month by month: two charts and the table they are drawn from. */
export function ReportMonthly({ months }: { months: ReportMonth[] }) {
  const requestBars = months.map((m) => barOf(monthLabel(m.month), m.requests, figureText(m.requests)));
  const contactGroups = months.map((m) => ({
    label: monthLabel(m.month),
    bars: [
      barOf('Median', m.medianMinutesToContact, figureText(m.medianMinutesToContact, ' min')),
      barOf('90th percentile', m.p90MinutesToContact, figureText(m.p90MinutesToContact, ' min')),
    ],
  }));
  return (
    <Section title="Month by month">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" mb="xl">
        <BarChart title="Requests" groups={[{ bars: requestBars }]} max={largest(months.map((m) => m.requests))} />
        <BarChart
          title="Minutes to first contact"
          groups={contactGroups}
          max={largest(months.flatMap((m) => [m.medianMinutesToContact, m.p90MinutesToContact]))}
        />
      </SimpleGrid>
      <ScrollableTable label="Month by month, as a table" minWidth={760}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Month</Table.Th>
              <Table.Th scope="col">Requests</Table.Th>
              <Table.Th scope="col">Median minutes to first contact</Table.Th>
              <Table.Th scope="col">90th percentile</Table.Th>
              <Table.Th scope="col">Acknowledged in time</Table.Th>
              <Table.Th scope="col">Re-routes</Table.Th>
              <Table.Th scope="col">Debriefs held</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row" fw={400}>
                  {monthLabel(m.month)}
                </Table.Th>
                <Table.Td>{figureText(m.requests)}</Table.Td>
                <Table.Td>{figureText(m.medianMinutesToContact)}</Table.Td>
                <Table.Td>{figureText(m.p90MinutesToContact)}</Table.Td>
                <Table.Td>{figureText(m.acknowledgedInTimePercent, '%')}</Table.Td>
                <Table.Td>{figureText(m.reroutes)}</Table.Td>
                <Table.Td>{figureText(m.debriefsHeld)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Section>
  );
}
