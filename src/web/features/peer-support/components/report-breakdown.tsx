import { Table } from '@mantine/core';
import type { ReportMonth, Suppressible } from '#shared/contracts/peer-support.ts';
import { BarChart } from '#web/components/bar-chart.tsx';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { Section } from '#web/components/section.tsx';
import { figureText } from './lead-labels.ts';
import { barOf, largest, monthLabel } from './report-labels.ts';

interface Breakdown<K extends string> {
  title: string;
  /** Every kind, in the order to show them, with its label. */
  kinds: readonly K[];
  labels: Record<K, string>;
  /** The figure of one kind in one month (or the total). */
  figure: (month: ReportMonth, kind: K) => Suppressible;
}

const HIDDEN: Suppressible = { suppressed: true, value: null };

/** Requests split by a kind (topic, outcome): a chart of the whole period and a table of every month. */
export function ReportBreakdown<K extends string>({
  title,
  kinds,
  labels,
  figure,
  months,
  total,
}: Breakdown<K> & { months: ReportMonth[]; total: ReportMonth }) {
  const bars = kinds.map((k) => barOf(labels[k], figure(total, k), figureText(figure(total, k))));
  return (
    <Section title={title}>
      <BarChart title={`${title}, all months`} groups={[{ bars }]} max={largest(kinds.map((k) => figure(total, k)))} />
      <ScrollableTable label={`${title}, by month, as a table`} minWidth={200 + 90 * (months.length + 1)}>
        <Table striped mt="lg">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{title}</Table.Th>
              {months.map((m) => (
                <Table.Th key={m.month} scope="col">
                  {monthLabel(m.month)}
                </Table.Th>
              ))}
              <Table.Th scope="col">All months</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {kinds.map((k) => (
              <Table.Tr key={k}>
                <Table.Th scope="row" fw={400}>
                  {labels[k]}
                </Table.Th>
                {months.map((m) => (
                  <Table.Td key={m.month}>{figureText(figure(m, k))}</Table.Td>
                ))}
                <Table.Td>{figureText(figure(total, k))}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </Section>
  );
}

/** A month's figure for one topic; a topic the server did not list counts as hidden, never as 0. */
export const topicFigure = (month: ReportMonth, topic: string): Suppressible =>
  month.byTopic.find((t) => t.topic === topic)?.count ?? HIDDEN;

export const outcomeFigure = (month: ReportMonth, outcome: string): Suppressible =>
  month.outcomes.find((o) => o.outcome === outcome)?.count ?? HIDDEN;
