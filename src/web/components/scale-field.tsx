import { Group, Radio } from '@mantine/core';

const POINTS = ['1', '2', '3', '4', '5'];

/**
 * A 1–5 answer: five radio buttons on one line, spread across the width, which still fits a 360 px
 * phone (with more space between them they wrapped, leaving 5 alone on a second line).
 */
export function ScaleField({
  name,
  label,
  description,
  value,
  onChange,
  error,
  required = true,
}: {
  name?: string;
  label: string;
  description?: string;
  value: string | null;
  onChange: (value: string) => void;
  error?: string;
  required?: boolean;
}) {
  return (
    <Radio.Group
      name={name}
      label={label}
      description={description}
      value={value}
      onChange={onChange}
      error={error}
      withAsterisk={required}
      size="md"
    >
      <Group gap="xs" mt="xs" wrap="nowrap" justify="space-between" maw={320}>
        {POINTS.map((n) => (
          <Radio key={n} value={n} label={n} size="md" />
        ))}
      </Group>
    </Radio.Group>
  );
}
