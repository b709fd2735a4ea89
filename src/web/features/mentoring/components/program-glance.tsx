import { SimpleGrid } from '@mantine/core';
import { MIN_CELL } from '#shared/contracts/common.ts';
import type { Program, ProgramReport } from '#shared/contracts/mentoring.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useProgramReport } from '../api/get-program-report.ts';
import { FEWER_THAN_FIVE, ROUND_LABELS } from './feedback-labels.ts';
import { Figure } from '#web/components/figure.tsx';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The latest feedback round with enough answers to show, in one figure; below 5 answers, no number. */
function feedbackFigure(feedback: ProgramReport['feedback']): { value: string; hint?: string } {
  const shown = feedback.filter((r) => !r.responses.suppressed && !r.meanUseful.suppressed).at(-1);
  if (!shown) return { value: FEWER_THAN_FIVE, hint: 'answers so far; shown from 5' };
  return {
    value: `${shown.meanUseful.value} / 5`,
    hint: `how useful, ${ROUND_LABELS[shown.round].toLowerCase()}, ${shown.responses.value} answers`,
  };
}

/**
 * The program at a glance: who applied, how many are matched, the pairs that need the coordinator, and
 * what they say. Every figure comes from the program's report, which already hides what is drawn from
 * fewer than 5 people (the match rate among them).
 */
export function ProgramGlance({ program }: { program: Program }) {
  const { orgId } = useCurrentOrg();
  const report = useProgramReport(orgId, program.id).data;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="lg">
      {figures(report, program.cadenceDays).map((f) => (
        <Figure key={f.label} label={f.label} value={f.value} hint={f.hint} />
      ))}
    </SimpleGrid>
  );
}

/** The five figures, read off the report; while it loads, their labels with "…". */
function figures(
  report: ProgramReport | undefined,
  cadenceDays: number,
): { label: string; value: string; hint?: string }[] {
  const atRiskHint = `no meeting for ${cadenceDays} days`;
  if (!report) {
    return [
      { label: 'Applications', value: '…' },
      { label: 'Mentees with a mentor', value: '…' },
      { label: 'Pairs at risk', value: '…', hint: atRiskHint },
      { label: 'New match asked for', value: '…' },
      { label: 'Feedback', value: '…' },
    ];
  }
  const { applications, pairs, matchRate } = report;
  const rate =
    matchRate.suppressed || matchRate.value === null
      ? `a rate is shown from ${MIN_CELL} mentees`
      : `${Math.round(matchRate.value)}%`;
  return [
    {
      label: 'Applications',
      value: String(applications.mentees + applications.mentors),
      hint: `${plural(applications.mentees, 'mentee')}, ${plural(applications.mentors, 'mentor')}`,
    },
    {
      label: 'Mentees with a mentor',
      value: `${pairs.active} of ${applications.mentees}`,
      hint: applications.mentees === 0 ? undefined : rate,
    },
    { label: 'Pairs at risk', value: String(pairs.atRisk), hint: atRiskHint },
    { label: 'New match asked for', value: String(pairs.rematchRequests) },
    { label: 'Feedback', ...feedbackFigure(report.feedback) },
  ];
}
