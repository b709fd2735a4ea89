import { SimpleGrid } from '@mantine/core';
import { MIN_CELL } from '#shared/contracts/common.ts';
import type { Program, ProgramReport } from '#shared/contracts/mentoring.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { usePrograms } from '../api/get-programs.ts';
import { useProgramPairs } from '../api/get-program-pairs.ts';
import { useProgramReport } from '../api/get-program-report.ts';
import { FEWER_THAN_FIVE, ROUND_LABELS } from './feedback-labels.ts';
import { Figure } from '#web/components/figure.tsx';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The latest feedback round with enough answers to show, in one figure; below 5 answers, no number. */
function feedbackFigure(feedback: ProgramReport['feedback'] | undefined): { value: string; hint?: string } {
  if (!feedback) return { value: '…' };
  const shown = feedback.filter((r) => !r.responses.suppressed && !r.meanUseful.suppressed).at(-1);
  if (!shown) return { value: FEWER_THAN_FIVE, hint: 'answers so far; shown from 5' };
  return { value: `${shown.meanUseful.value} / 5`, hint: `how useful, ${ROUND_LABELS[shown.round].toLowerCase()}, ${shown.responses.value} answers` };
}

/** The program at a glance: who applied, how many are matched, the pairs that need the coordinator, and what they say. */
export function ProgramGlance({ program }: { program: Program }) {
  const { orgId } = useCurrentOrg();
  const summary = usePrograms(orgId).data?.find((p) => p.id === program.id);
  const pairs = useProgramPairs(orgId, program.id).data;
  const feedback = feedbackFigure(useProgramReport(orgId, program.id).data?.feedback);
  const active = pairs?.filter((p) => p.status === 'active') ?? [];
  const count = (n: number | undefined) => (n === undefined ? '…' : String(n));
  const mentees = summary?.menteeApplications;
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="sm" mb="lg">
      <Figure label="Applications" value={count(summary && summary.menteeApplications + summary.mentorApplications)} hint={summary ? `${plural(summary.menteeApplications, 'mentee')}, ${plural(summary.mentorApplications, 'mentor')}` : undefined} />
      <Figure
        label="Mentees with a mentor"
        value={pairs && mentees !== undefined ? `${active.length} of ${mentees}` : '…'}
        // Like the report, a rate over fewer than 5 mentees is not given.
        hint={pairs && mentees ? (mentees < MIN_CELL ? `a rate is shown from ${MIN_CELL} mentees` : `${Math.round((100 * active.length) / mentees)}%`) : undefined}
      />
      <Figure label="Pairs at risk" value={count(pairs && active.filter((p) => p.atRisk).length)} hint={`no meeting for ${program.cadenceDays} days`} />
      <Figure label="New match asked for" value={count(pairs && active.filter((p) => p.rematchRequested).length)} />
      <Figure label="Feedback" value={feedback.value} hint={feedback.hint} />
    </SimpleGrid>
  );
}
