import { Group, Progress, Stack, Text } from '@mantine/core';
import { CRITERIA, CRITERION_LABELS, type Criterion, type ProgramSettings } from '#shared/contracts/mentoring.ts';
import { points } from '#shared/counted.ts';

const isCriterion = (key: string): key is Criterion => (CRITERIA as readonly string[]).includes(key);
const pointWords = (n: number) => `${points(n)} ${points(n) === '1' ? 'point' : 'points'}`;

/** Whether a criterion held, in words: "Yes, 3 points", "Partly, 1.3 of 2 points" or "No". */
function verdict(earned: number, possible: number) {
  if (possible <= 0) return pointWords(earned);
  if (earned <= 0) return 'No';
  if (earned >= possible - 1e-9) return `Yes, ${pointWords(earned)}`;
  return `Partly, ${points(earned)} of ${pointWords(possible)}`;
}

/** Why the engine proposed a pair: whether each weighted criterion held, and the points it earned. */
export function PairBreakdown({
  breakdown,
  weights,
}: {
  breakdown: Record<string, number>;
  weights: ProgramSettings['criteria'];
}) {
  const rows = Object.entries(breakdown).filter(([key]) => !isCriterion(key) || (weights[key] ?? 0) > 0);
  if (rows.length === 0) return <Text size="sm">No criterion is weighted, so every pair scores the same.</Text>;
  return (
    <Stack gap={8} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {rows.map(([key, earned]) => {
        const label = isCriterion(key) ? CRITERION_LABELS[key] : key;
        const possible = isCriterion(key) ? (weights[key] ?? 0) : 0;
        return (
          <li key={key}>
            <Group justify="space-between" gap="xs" wrap="nowrap">
              <Text size="sm">{label}</Text>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {verdict(earned, possible)}
              </Text>
            </Group>
            {possible > 0 && <Progress value={Math.min(100, (100 * earned) / possible)} size="sm" aria-hidden mt={2} />}
          </li>
        );
      })}
    </Stack>
  );
}
