import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Figure } from '#web/components/figure.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import type { GroupProgram } from '../api/get-group-program.ts';
import { groupReportCsvUrl, useGroupReport } from '../api/get-group-report.ts';
import { ReportAttendance } from './report-attendance.tsx';
import { meanAttendance, surveyFigureText } from './report-figures.ts';
import { ReportSupervision } from './report-supervision.tsx';
import { ReportSurvey } from './report-survey.tsx';

/** How the program's groups are doing, for its coordinators: no survey figure from fewer than 5 answers is shown (privacy rule 4). */
export function ReportTab({ program }: { program: GroupProgram }) {
  const { orgId } = useCurrentOrg();
  const report = useGroupReport(orgId, program.id);
  if (report.isPending) return <PageLoader label="Loading the report" />;
  if (report.isError) return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  const { groups, survey } = report.data;
  const attendance = meanAttendance(groups.flatMap((g) => g.attendance));
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        <Figure label="Sessions held" value={String(groups.reduce((n, g) => n + g.sessionsHeld, 0))} />
        <Figure
          label="Mean attendance"
          value={attendance === null ? '—' : String(attendance)}
          hint="people per session"
        />
        <Figure label="Survey responses" value={surveyFigureText(survey.responses)} />
        <Figure label="Found it helpful" value={surveyFigureText(survey.meanHelpful)} hint="mean, out of 5" />
        <Figure label="Feel less alone" value={surveyFigureText(survey.meanLessAlone)} hint="mean, out of 5" />
        <Figure
          label="Supervision overdue"
          value={String(groups.filter((g) => g.supervision.overdue).length)}
          hint={groups.length === 1 ? 'of 1 group' : `of ${groups.length} groups`}
        />
      </SimpleGrid>
      <Group justify="space-between" gap="sm">
        <Text size="sm" maw={640}>
          Members are never named: attendance is a head count and survey answers are anonymous. Facilitators are named
          under supervision, because they run the groups and a coordinator follows up their supervision. The download
          holds the same figures, with small numbers hidden the same way, and names no one.
        </Text>
        <Button component="a" href={groupReportCsvUrl(orgId, program.id)} download variant="default">
          Download CSV
        </Button>
      </Group>
      <ReportAttendance groups={groups} />
      <ReportSurvey report={report.data} />
      <ReportSupervision groups={groups} />
    </Stack>
  );
}
