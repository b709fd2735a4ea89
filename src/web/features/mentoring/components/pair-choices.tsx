import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PairRef } from '../api/run-matching.ts';

interface PairChoicesProps {
  title: string;
  empty: string;
  pairs: PairRef[];
  nameOf: (personId: string) => string;
  /** "Unpin" or "Allow again". */
  undoLabel: string;
  onUndo: (pair: PairRef) => void;
}

/** The pins or the forbids a coordinator has chosen, each one undoable before the next run. */
export function PairChoices({ title, empty, pairs, nameOf, undoLabel, onUndo }: PairChoicesProps) {
  return (
    <Paper withBorder p="md">
      <Title order={4} size="h5" mb="xs">
        {title}
      </Title>
      {pairs.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {pairs.map((pair) => {
            const names = `${nameOf(pair.mentor)} and ${nameOf(pair.mentee)}`;
            return (
              <Group component="li" key={`${pair.mentor}:${pair.mentee}`} justify="space-between" gap="xs">
                <Text size="sm">
                  {nameOf(pair.mentor)} (mentor) with {nameOf(pair.mentee)}
                </Text>
                <Button variant="subtle" size="xs" onClick={() => onUndo(pair)} aria-label={`${undoLabel}: ${names}`}>
                  {undoLabel}
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
    </Paper>
  );
}
