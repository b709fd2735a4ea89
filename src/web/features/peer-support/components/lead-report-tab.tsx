import { Button, Group, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { OUTCOME_LABELS, OUTCOMES, REQUEST_TOPICS, TOPIC_LABELS } from '#shared/contracts/peer-support.ts';
import { Figure } from '#web/components/figure.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { peerReportCsvUrl, usePeerReport } from '../api/get-peer-report.ts';
import { figureText } from './lead-labels.ts';
import { outcomeFigure, ReportBreakdown, topicFigure } from './report-breakdown.tsx';
import { ReportMonthly } from './report-monthly.tsx';

const PERIODS = ['3', '6', '12', '24'] as const;

/** How the program is doing, for its lead: counts and times only, never a name, every figure under 5 hidden (privacy rule 4). */
export function LeadReportTab() {
  const { orgId } = useCurrentOrg();
  const [months, setMonths] = useState<(typeof PERIODS)[number]>('12');
  const report = usePeerReport(orgId, Number(months));
  return (
    <Stack gap="xl">
      <Group justify="space-between" gap="sm">
        <SegmentedControl
          aria-label="Period"
          value={months}
          onChange={(value) => setMonths(value as (typeof PERIODS)[number])}
          data={PERIODS.map((p) => ({ value: p, label: `${p} months` }))}
        />
        <Button component="a" href={peerReportCsvUrl(orgId, Number(months))} download variant="default">
          Download CSV
        </Button>
      </Group>
      <Text size="sm" maw={720}>
        Nobody who asked for support is named here or in the download: you see counts and times. Any figure about fewer
        than 5 people reads &ldquo;fewer than 5&rdquo;, and so does any figure it could be worked out from.
      </Text>
      {report.isPending && <PageLoader label="Loading the report" />}
      {report.isError && <QueryError error={report.error} onRetry={() => void report.refetch()} />}
      {report.data && <ReportBody report={report.data} />}
    </Stack>
  );
}

function ReportBody({ report }: { report: NonNullable<ReturnType<typeof usePeerReport>['data']> }) {
  const { total, supporters } = report;
  const months = [...report.months].sort((a, b) => a.month.localeCompare(b.month));
  return (
    <>
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
        <Figure label="Requests" value={figureText(total.requests)} />
        <Figure label="Median to first contact" value={figureText(total.medianMinutesToContact, ' min')} />
        <Figure label="90th percentile" value={figureText(total.p90MinutesToContact, ' min')} hint="to first contact" />
        <Figure
          label="Acknowledged in time"
          value={figureText(total.acknowledgedInTimePercent, '%')}
          hint="at the first step"
        />
        <Figure label="Re-routes" value={figureText(total.reroutes)} />
        <Figure label="Debriefs held" value={figureText(total.debriefsHeld)} />
      </SimpleGrid>
      <ReportMonthly months={months} />
      <ReportBreakdown
        title="Topics"
        kinds={REQUEST_TOPICS}
        labels={TOPIC_LABELS}
        figure={topicFigure}
        months={months}
        total={total}
      />
      <ReportBreakdown
        title="Outcomes"
        kinds={OUTCOMES}
        labels={OUTCOME_LABELS}
        figure={outcomeFigure}
        months={months}
        total={total}
      />
      <Section title="Supporters' load">
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" maw={720}>
          <Figure label="Supporters" value={String(supporters.count)} />
          <Figure label="Median load" value={figureText(supporters.medianLoad)} hint="requests in the last 4 weeks" />
          <Figure label="Most taken by one" value={figureText(supporters.maxLoad)} hint="in the last 4 weeks" />
        </SimpleGrid>
      </Section>
    </>
  );
}
