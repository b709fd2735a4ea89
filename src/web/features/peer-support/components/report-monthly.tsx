import { SimpleGrid, Table } from '@mantine/core';
import type { ReportMonth, Suppressible } from '#shared/contracts/peer-support.ts';
import { BarChart } from '#web/components/bar-chart.tsx';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { Section } from '#web/components/section.tsx';
import { figureText } from './lead-labels.ts';
import { barOf, largest, monthLabel } from './report-labels.ts';

/** Requests and how quickly they were answered, month by month: charts of what people compare, and the whole table. */
export function ReportMonthly({ months }: { months: ReportMonth[] }) {
  const chart = (title: string, figure: (m: ReportMonth) => Suppressible, unit = '', max?: number) => (
    <BarChart
      title={title}
      groups={[{ bars: months.map((m) => barOf(monthLabel(m.month), figure(m), figureText(figure(m), unit))) }]}
      max={max ?? largest(months.map(figure))}
    />
  );
  return (
    <Section title="Month by month">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xl" mb="xl">
        {chart('Requests', (m) => m.requests)}
        {chart('Median minutes to first contact', (m) => m.medianMinutesToContact, ' min')}
        {chart('Acknowledged in time', (m) => m.acknowledgedInTimePercent, '%', 100)}
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
