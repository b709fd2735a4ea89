import { Group, Slider, Stack, Text } from '@mantine/core';
import { CRITERIA, CRITERION_LABELS, type Criterion, type ProgramSettings } from '#shared/contracts/mentoring.ts';

type Weights = ProgramSettings['criteria'];

/** How much each criterion counts when the engine scores a possible pair: 0 ignores it, 10 counts most. */
export function CriteriaWeights({
  value,
  onChange,
  errorFor,
}: {
  value: Weights;
  onChange: (weights: Weights) => void;
  errorFor: (field: string) => string | undefined;
}) {
  return (
    <Stack gap="lg">
      {CRITERIA.map((criterion: Criterion) => {
        const weight = value[criterion] ?? 0;
        const error = errorFor(`criteria.${criterion}`);
        return (
          <div key={criterion}>
            <Group justify="space-between" gap="sm" wrap="nowrap" mb={6}>
              <Text fw={600} size="sm" id={`criterion-${criterion}`}>
                {CRITERION_LABELS[criterion]}
              </Text>
              <Text size="sm" fw={700} miw={48} ta="right">
                {weight === 0 ? 'Off' : weight}
              </Text>
            </Group>
            <Slider
              value={weight}
              onChange={(w) => onChange({ ...value, [criterion]: w })}
              min={0}
              max={10}
              step={0.5}
              thumbLabel={`Weight of: ${CRITERION_LABELS[criterion]}`}
              label={(w) => (w === 0 ? 'Off' : String(w))}
              thumbSize={24}
              size="md"
              mx="xs"
            />
            {error && (
              <Text c="red.9" size="sm" mt={4}>
                {error}
              </Text>
            )}
          </div>
        );
      })}
    </Stack>
  );
}
