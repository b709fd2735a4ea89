import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The top of a card in a list: its name (h3), a dimmed line under it, and a badge to the right. */
export function CardHeading({ title, subtitle, badge }: { title: ReactNode; subtitle: ReactNode; badge?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" gap="sm">
      <div>
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text size="sm" c="dimmed" mt={4}>
          {subtitle}
        </Text>
      </div>
      {badge}
    </Group>
  );
}
