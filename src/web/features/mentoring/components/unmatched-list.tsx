import { Paper, Stack, Text } from '@mantine/core';
import type { MatchRun } from '#shared/contracts/mentoring.ts';

export function UnmatchedList({ unmatched }: { unmatched: MatchRun['unmatched'] }) {
  if (unmatched.length === 0) return <Text>Every mentee has a proposed mentor.</Text>;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {unmatched.map((u) => (
        <Paper key={u.mentee.id} component="li" withBorder p="md">
          <Text fw={700}>{u.mentee.name}</Text>
          <Text size="sm">{u.explanation}</Text>
        </Paper>
      ))}
    </Stack>
  );
}
