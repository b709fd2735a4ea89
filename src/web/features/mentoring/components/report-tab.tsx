import { SimpleGrid, Stack } from '@mantine/core';
import type { Program } from '#shared/contracts/mentoring.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useProgramReport } from '../api/get-program-report.ts';
import { figureText } from './feedback-labels.ts';
import { Figure } from '#web/components/figure.tsx';
import { ReportFeedback } from './report-feedback.tsx';
import { ReportTopics } from './report-topics.tsx';
import { Section } from '#web/components/section.tsx';

/** How the program is doing, for its coordinators; no figure from fewer than 5 people is shown (privacy rule 4). */
export function ReportTab({ program }: { program: Program }) {
  const { orgId } = useCurrentOrg();
  const report = useProgramReport(orgId, program.id);
  if (report.isPending) return <PageLoader label="Loading the report" />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const { applications, pairs, matchRate, meetingsHeld, topics, feedback } = report.data;
  return (
    <Stack gap="xl">
      <Section title="Participation">
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <Figure label="Mentee applications" value={String(applications.mentees)} />
          <Figure label="Mentor applications" value={String(applications.mentors)} />
          <Figure label="Match rate" value={figureText(matchRate, '%')} hint="mentees with a mentor" />
          <Figure label="Meetings held" value={String(meetingsHeld)} />
          <Figure label="Active pairs" value={String(pairs.active)} />
          <Figure label="Ended pairs" value={String(pairs.ended)} />
          <Figure
            label="Pairs at risk"
            value={String(pairs.atRisk)}
            hint={`no meeting for ${program.cadenceDays} days`}
          />
          <Figure label="New match asked for" value={String(pairs.rematchRequests)} />
        </SimpleGrid>
      </Section>
      <ReportTopics topics={topics} />
      <ReportFeedback program={program} feedback={feedback} />
    </Stack>
  );
}
