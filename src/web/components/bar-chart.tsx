import { Box, Stack, Text } from '@mantine/core';

export interface Bar {
  label: string;
  /** null when the figure is suppressed: no bar is drawn, only its text. */
  value: number | null;
  text: string;
}

export interface BarGroup {
  label?: string;
  bars: Bar[];
}

/**
 * A plain horizontal bar chart: every bar carries its label and its figure in text, so nothing is
 * told by colour alone, and a table with the same figures sits beside it for reading and copying.
 */
export function BarChart({ title, groups, max }: { title: string; groups: BarGroup[]; max: number }) {
  const spoken = groups
    .map(
      (group) =>
        `${group.label ? `${group.label}: ` : ''}${group.bars.map((bar) => `${bar.label} ${bar.text}`).join(', ')}`,
    )
    .join('; ');
  return (
    <Box component="figure" m={0}>
      <Text component="figcaption" fw={600} mb="sm">
        {title}
      </Text>
      <Stack gap="md" role="img" aria-label={`Bar chart. ${spoken}.`}>
        {groups.map((group, index) => (
          <Stack key={group.label ?? index} gap={6}>
            {group.label && (
              <Text size="sm" fw={600}>
                {group.label}
              </Text>
            )}
            {group.bars.map((bar) => (
              <div key={bar.label}>
                <Text size="sm">{bar.label}</Text>
                <Box style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
                  {bar.value !== null && bar.value > 0 && (
                    <Box
                      h={18}
                      bg="var(--mantine-primary-color-filled)"
                      style={{
                        width: `${max > 0 ? Math.max(1, (75 * bar.value) / max) : 0}%`,
                        borderRadius: 3,
                        flex: 'none',
                      }}
                    />
                  )}
                  <Text size="sm" fw={bar.value === null ? 400 : 600} fs={bar.value === null ? 'italic' : undefined}>
                    {bar.text}
                  </Text>
                </Box>
              </div>
            ))}
          </Stack>
        ))}
      </Stack>
    </Box>
  );
}
