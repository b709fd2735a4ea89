import { SimpleGrid } from '@mantine/core';
import type { MatchRun } from '#shared/contracts/mentoring.ts';
import { points } from '#shared/counted.ts';
import { Figure } from '#web/components/figure.tsx';

const score = (value: number | null) => (value === null ? '—' : points(value));

/** The run at a glance: how many are matched, how good the matches are, and whether any pair would rather swap. */
export function MatchSummary({ summary }: { summary: MatchRun['summary'] }) {
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Figure
        label="Mentees matched"
        value={`${summary.matched} of ${summary.mentees}`}
        hint={`${Math.round(summary.matchedPercent)}%`}
      />
      <Figure
        label="Mentors"
        value={String(summary.mentors)}
        hint={`${Math.round(summary.mentorUtilisation * 100)}% of places used`}
      />
      <Figure label="Average score" value={score(summary.meanScore)} hint="points per pair" />
      <Figure label="Lowest score" value={score(summary.lowestScore)} hint="the least good pair" />
      <Figure label="Blocking pairs" value={String(summary.blockingPairs)} hint="who would both rather swap" />
      <Figure label="Total score" value={points(summary.objective)} />
    </SimpleGrid>
  );
}
