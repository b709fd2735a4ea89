import { SimpleGrid } from '@mantine/core';
import type { MatchRun } from '#shared/contracts/mentoring.ts';
import { Figure } from '#web/components/figure.tsx';

const points = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** The run at a glance: how many are matched, how good the matches are, and whether any pair would rather swap. */
export function MatchSummary({ summary }: { summary: MatchRun['summary'] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Figure label="Mentees matched" value={`${summary.matched} of ${summary.mentees}`} hint={`${Math.round(summary.matchedPercent)}%`} />
      <Figure label="Mentors" value={String(summary.mentors)} hint={`${Math.round(summary.mentorUtilisation * 100)}% of places used`} />
      <Figure label="Average score" value={points(summary.meanScore)} hint="points per pair" />
      <Figure label="Lowest score" value={points(summary.lowestScore)} hint="the least good pair" />
      <Figure label="Blocking pairs" value={String(summary.blockingPairs)} hint="who would both rather swap" />
      <Figure label="Total score" value={summary.objective.toFixed(1)} />
    </SimpleGrid>
  );
}
