import { Alert, Button, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import type { Program, ProgramReport } from '#shared/contracts/mentoring.ts';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatCalendarDate, todayIn } from '#web/lib/org-time.ts';
import { useInviteToFeedback } from '../api/invite-to-feedback.ts';
import { BarChart, type BarGroup } from '#web/components/bar-chart.tsx';
import { FEWER_THAN_FIVE, figureText, ROUND_LABELS } from './feedback-labels.ts';
import { feedbackOpensOn } from './program-dates.ts';
import { Section } from '#web/components/section.tsx';

type RoundReport = ProgramReport['feedback'][number];
type Figure = RoundReport['responses'];

const MEASURES: { label: string; of: (r: RoundReport) => Figure; unit: string; max: number }[] = [
  { label: 'How useful (mean, out of 5)', of: (r) => r.meanUseful, unit: '', max: 5 },
  { label: 'Met as planned (mean, out of 5)', of: (r) => r.meanMetAsPlanned, unit: '', max: 5 },
  { label: 'Would recommend', of: (r) => r.recommendPercent, unit: '%', max: 100 },
];

/** Bars in one chart share a scale, so each measure is drawn as a share of its own maximum. */
function chartGroups(feedback: RoundReport[]): BarGroup[] {
  return MEASURES.map((measure) => ({
    label: measure.label,
    bars: feedback.map((round) => {
      const figure = measure.of(round);
      return {
        label: ROUND_LABELS[round.round],
        value: figure.suppressed || figure.value === null ? null : (100 * figure.value) / measure.max,
        text: figureText(figure, measure.unit),
      };
    }),
  }));
}

function RemindButtons({ program }: { program: Program }) {
  const { orgId, timeZone } = useCurrentOrg();
  const invite = useInviteToFeedback(orgId, program.id);
  const today = todayIn(timeZone);
  const published = program.publishedAt !== null;
  const rounds = (['midpoint', 'end'] as const).map((round) => ({ round, opensOn: feedbackOpensOn(program, round) }));
  return (
    <Stack gap="sm">
      {rounds.map(({ round, opensOn }) =>
        published && opensOn <= today ? (
          <Group key={round} gap="sm">
            <Button
              variant="default"
              size="sm"
              loading={invite.isPending && invite.variables === round}
              onClick={() => invite.mutate(round)}
              aria-label={`Remind people who have not answered the ${ROUND_LABELS[round].toLowerCase()} feedback`}
            >
              Remind people who have not answered ({ROUND_LABELS[round].toLowerCase()})
            </Button>
          </Group>
        ) : (
          <Text key={round} size="sm">
            {ROUND_LABELS[round]} feedback{' '}
            {published ? `opens on ${formatCalendarDate(opensOn)}` : 'opens once pairs are published'}.
          </Text>
        ),
      )}
      {invite.isSuccess && (
        <Alert color="kindred" variant="light" role="status">
          {invite.data.invited === 0
            ? 'Everyone in a pair has already answered.'
            : `Reminder sent to ${invite.data.invited} ${invite.data.invited === 1 ? 'person' : 'people'}.`}
        </Alert>
      )}
      <FormError message={invite.isError ? errorMessage(invite.error) : null} />
    </Stack>
  );
}

/** Feedback per round as a chart and a table, the unattributed comments, and reminders for open rounds. */
export function ReportFeedback({ program, feedback }: { program: Program; feedback: RoundReport[] }) {
  return (
    <Section title="Feedback from pairs">
      <Text mb="md">
        Answers are not linked to names. Any figure from fewer than five people reads “{FEWER_THAN_FIVE}”.
      </Text>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
        <BarChart title="Feedback by round" groups={chartGroups(feedback)} max={100} />
        <ScrollableTable label="Feedback by round, as a table" minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Round</Table.Th>
                <Table.Th scope="col">Responses</Table.Th>
                <Table.Th scope="col">How useful (of 5)</Table.Th>
                <Table.Th scope="col">Met as planned (of 5)</Table.Th>
                <Table.Th scope="col">Would recommend</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {feedback.map((round) => (
                <Table.Tr key={round.round}>
                  <Table.Th scope="row" fw={400}>
                    {ROUND_LABELS[round.round]}
                  </Table.Th>
                  <Table.Td>{figureText(round.responses)}</Table.Td>
                  <Table.Td>{figureText(round.meanUseful)}</Table.Td>
                  <Table.Td>{figureText(round.meanMetAsPlanned)}</Table.Td>
                  <Table.Td>{figureText(round.recommendPercent, '%')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      </SimpleGrid>
      <Title order={3} size="h4" mt="xl" mb="sm">
        Reminders
      </Title>
      <RemindButtons program={program} />
      <Title order={3} size="h4" mt="xl" mb="sm">
        What people would change
      </Title>
      <Stack gap="md">
        {feedback.map((round) => (
          <div key={round.round}>
            <Text fw={600} mb="xs">
              {ROUND_LABELS[round.round]}
            </Text>
            {round.comments.length === 0 ? (
              <Text size="sm">
                {round.responses.suppressed
                  ? 'Comments are shown once at least five people have answered.'
                  : 'No comments.'}
              </Text>
            ) : (
              <Stack component="ul" gap="xs" pl="md" m={0}>
                {round.comments.map((comment, index) => (
                  // Comments come unattributed and in random order; their place in the list is their only key.
                  <Text component="li" key={index} style={{ whiteSpace: 'pre-wrap' }}>
                    {comment}
                  </Text>
                ))}
              </Stack>
            )}
          </div>
        ))}
      </Stack>
    </Section>
  );
}
