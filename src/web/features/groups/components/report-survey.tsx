import { SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { FEWER_THAN_5, type GroupReport, type SurveyResults } from '#shared/contracts/groups.ts';
import { BarChart, type BarGroup } from '#web/components/bar-chart.tsx';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { Section } from '#web/components/section.tsx';
import { surveyFigureText } from './report-figures.ts';

type Figure = SurveyResults['meanHelpful'];

const MEASURES: { label: string; of: (s: SurveyResults) => Figure }[] = [
  { label: 'Helpful', of: (s) => s.meanHelpful },
  { label: 'Feel less alone', of: (s) => s.meanLessAlone },
  { label: 'More able to cope', of: (s) => s.meanAbleToCope },
];

/** The program's row comes last, under the groups it sums up. */
const rowsOf = (report: GroupReport) => [
  ...report.groups.map((g) => ({ id: g.id, name: g.name, survey: g.survey })),
  { id: 'all', name: 'All groups', survey: report.survey },
];

function chartOf(report: GroupReport, measure: (typeof MEASURES)[number]): BarGroup[] {
  const bars = rowsOf(report).map((row) => {
    const figure = measure.of(row.survey);
    return { label: row.name, value: figure.suppressed ? null : figure.value, text: surveyFigureText(figure) };
  });
  return [{ bars }];
}

/** The anonymous survey after each session, per group and for the program; figures from fewer than 5 answers are never shown. */
export function ReportSurvey({ report }: { report: GroupReport }) {
  const rows = rowsOf(report);
  return (
    <Section title="After-session survey">
      <Text mb="md">
        Answers are anonymous and scored from 1 to 5. Any figure from fewer than five answers reads “{FEWER_THAN_5}”.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="xl" mb="xl">
        {MEASURES.map((m) => (
          <BarChart key={m.label} title={`${m.label} (mean, out of 5)`} groups={chartOf(report, m)} max={5} />
        ))}
      </SimpleGrid>
      <ScrollableTable label="Survey results by group, as a table" minWidth={640}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Group</Table.Th>
              <Table.Th scope="col">Responses</Table.Th>
              {MEASURES.map((m) => (
                <Table.Th scope="col" key={m.label}>
                  {m.label} (of 5)
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.id} fw={row.id === 'all' ? 700 : undefined}>
                <Table.Th scope="row" fw={row.id === 'all' ? 700 : 400}>
                  {row.name}
                </Table.Th>
                <Table.Td>{surveyFigureText(row.survey.responses)}</Table.Td>
                {MEASURES.map((m) => (
                  <Table.Td key={m.label}>{surveyFigureText(m.of(row.survey))}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      <Title order={3} size="h4" mt="xl" mb="sm">
        What people would change
      </Title>
      {report.survey.changes.length === 0 ? (
        <Text size="sm">
          {report.survey.responses.suppressed
            ? 'Comments are shown once at least five people have answered.'
            : 'No comments yet.'}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" pl="md" m={0}>
          {report.survey.changes.map((change, index) => (
            // Comments come unattributed and in random order; their place in the list is their only key.
            <Text component="li" key={index} style={{ whiteSpace: 'pre-wrap' }}>
              {change}
            </Text>
          ))}
        </Stack>
      )}
    </Section>
  );
}
