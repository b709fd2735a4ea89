import { Badge } from '@mantine/core';
import type { Program } from '#shared/contracts/mentoring.ts';
import { PHASE_COLORS, PHASE_LABELS } from './mentoring-labels.ts';

export function PhaseBadge({ phase }: { phase: Program['phase'] }) {
  return (
    <Badge color={PHASE_COLORS[phase]} variant="light" radius="sm" size="lg">
      {PHASE_LABELS[phase]}
    </Badge>
  );
}
