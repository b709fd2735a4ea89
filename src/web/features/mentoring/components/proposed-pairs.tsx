import { Badge, Button, Card, Collapse, Group, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { MatchRun, ProgramSettings } from '#shared/contracts/mentoring.ts';
import { points } from '#shared/counted.ts';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { PairBreakdown } from './pair-breakdown.tsx';

export type ProposedPair = MatchRun['pairs'][number];

interface ProposedPairsProps {
  pairs: ProposedPair[];
  weights: ProgramSettings['criteria'];
  isPinned: (pair: ProposedPair) => boolean;
  onPin: (pair: ProposedPair) => void;
  onUnpin: (pair: ProposedPair) => void;
  onForbid: (pair: ProposedPair) => void;
}

const keyOf = (pair: ProposedPair) => `${pair.mentor.id}:${pair.mentee.id}`;
const names = (pair: ProposedPair) => `${pair.mentor.name} and ${pair.mentee.name}`;

function PairActions({
  pair,
  isPinned,
  onPin,
  onUnpin,
  onForbid,
}: { pair: ProposedPair } & Omit<ProposedPairsProps, 'pairs' | 'weights'>) {
  // A published pair is made; pins and forbids shape only the pairs a run has yet to make.
  if (pair.state !== 'new') return null;
  const pinned = isPinned(pair);
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="default"
        size="sm"
        onClick={() => (pinned ? onUnpin(pair) : onPin(pair))}
        aria-label={`${pinned ? 'Unpin' : 'Pin'} ${names(pair)}`}
      >
        {pinned ? 'Unpin' : 'Pin'}
      </Button>
      <Button
        variant="subtle"
        color="red"
        size="sm"
        onClick={() => onForbid(pair)}
        aria-label={`Forbid ${names(pair)}`}
      >
        Forbid
      </Button>
    </Group>
  );
}

/** The engine's proposed pairs, each with its score, the reasons behind it, and pin or forbid. */
export function ProposedPairs({ pairs, weights, ...actions }: ProposedPairsProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  const whyButton = (pair: ProposedPair, id: string) => (
    <Button
      variant="subtle"
      size="sm"
      px={6}
      onClick={() => toggle(keyOf(pair))}
      aria-expanded={open.has(keyOf(pair))}
      aria-controls={id}
      aria-label={`${open.has(keyOf(pair)) ? 'Hide why' : 'Why'} ${names(pair)}`}
    >
      {open.has(keyOf(pair)) ? 'Hide why' : 'Why'}
    </Button>
  );

  const pinnedBadge = (pair: ProposedPair) => (
    <>
      {(actions.isPinned(pair) || pair.pinned) && (
        <Badge variant="light" color="blue" radius="sm" ml={6}>
          Pinned
        </Badge>
      )}
      {pair.state !== 'new' && (
        <Badge variant="light" color={pair.state === 'published' ? 'kindred' : 'gray'} radius="sm" ml={6}>
          {pair.state === 'published' ? 'Published' : 'Has a mentor now'}
        </Badge>
      )}
    </>
  );

  if (pairs.length === 0)
    return <Text>The engine found no pair it could propose. See who is unmatched and why below.</Text>;

  return (
    <>
      <ScrollableTable label="Proposed pairs" minWidth={760} visibleFrom="md">
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Mentor</Table.Th>
              <Table.Th scope="col">Mentee</Table.Th>
              <Table.Th scope="col" ta="right">
                Score
              </Table.Th>
              <Table.Th scope="col">Explanation</Table.Th>
              <Table.Th scope="col">Change</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pairs.map((pair) => {
              const id = `why-desktop-${keyOf(pair)}`;
              return (
                <Fragment key={keyOf(pair)}>
                  <Table.Tr>
                    <Table.Td fw={600}>{pair.mentor.name}</Table.Td>
                    <Table.Td fw={600}>
                      {pair.mentee.name}
                      {pinnedBadge(pair)}
                    </Table.Td>
                    <Table.Td ta="right">{points(pair.score)}</Table.Td>
                    <Table.Td>{whyButton(pair, id)}</Table.Td>
                    <Table.Td>
                      <PairActions pair={pair} {...actions} />
                    </Table.Td>
                  </Table.Tr>
                  {open.has(keyOf(pair)) && (
                    <Table.Tr id={id} bg="gray.0">
                      <Table.Td colSpan={5}>
                        <PairBreakdown breakdown={pair.breakdown} weights={weights} />
                      </Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
      <Stack hiddenFrom="md" gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {pairs.map((pair) => {
          const id = `why-phone-${keyOf(pair)}`;
          return (
            <Card key={keyOf(pair)} component="li" withBorder padding="md">
              <Text fw={700}>
                {pair.mentee.name}
                {pinnedBadge(pair)}
              </Text>
              <Text size="sm">Mentor: {pair.mentor.name}</Text>
              <Group gap="xs">
                <Text size="sm">Score {points(pair.score)}</Text>
                {whyButton(pair, id)}
              </Group>
              <Collapse in={open.has(keyOf(pair))} id={id}>
                <Stack mt="sm">
                  <PairBreakdown breakdown={pair.breakdown} weights={weights} />
                </Stack>
              </Collapse>
              <Group mt="sm">
                <PairActions pair={pair} {...actions} />
              </Group>
            </Card>
          );
        })}
      </Stack>
    </>
  );
}
