import { Alert, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { MEETING_TOPIC_LABELS, type CoordinatorPair, type Program } from '#shared/contracts/mentoring.ts';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useEndPair } from '../api/end-pair.ts';
import { useProgramPairs } from '../api/get-program-pairs.ts';
import { useNudgePair } from '../api/nudge-pair.ts';

/** Pairs that need the coordinator come first: a new match asked for, then those who have gone quiet. */
function byUrgency(a: CoordinatorPair, b: CoordinatorPair): number {
  const rank = (p: CoordinatorPair) => (p.rematchRequested ? 0 : p.atRisk ? 1 : p.status === 'active' ? 2 : 3);
  return rank(a) - rank(b) || a.mentee.name.localeCompare(b.mentee.name);
}

/** Badges that wrap in a narrow column rather than cut their words off. */
const WRAPPING = {
  root: { height: 'auto', paddingBlock: 2 },
  label: { whiteSpace: 'normal', overflow: 'visible' },
} as const;

function Flags({ pair, cadenceDays }: { pair: CoordinatorPair; cadenceDays: number }) {
  return (
    <Group gap={6}>
      {pair.rematchRequested && (
        <Badge color="red.9" variant="filled" radius="sm" styles={WRAPPING}>
          New match asked for
        </Badge>
      )}
      {pair.atRisk && (
        // Filled and dark: the row behind it is tinted, and the badge must stay legible on it.
        <Badge color="#9c3a0a" variant="filled" radius="sm" styles={WRAPPING}>
          Not met for over {cadenceDays} days
        </Badge>
      )}
      {!pair.agreementAccepted && (
        <Badge color="gray" variant="light" radius="sm" styles={WRAPPING}>
          Agreement not yet accepted
        </Badge>
      )}
      {pair.status === 'ended' && (
        <Badge color="gray" variant="light" radius="sm" styles={WRAPPING}>
          Ended
        </Badge>
      )}
    </Group>
  );
}

interface PairActionsProps {
  pair: CoordinatorPair;
  onNudge: (pair: CoordinatorPair) => void;
  onEnd: (pair: CoordinatorPair) => void;
  nudging: boolean;
}

function PairActions({ pair, onNudge, onEnd, nudging }: PairActionsProps) {
  if (pair.status !== 'active') return null;
  const names = `${pair.mentor.name} and ${pair.mentee.name}`;
  return (
    <Group gap="xs">
      <Button
        variant="default"
        size="xs"
        onClick={() => onNudge(pair)}
        loading={nudging}
        aria-label={`Send a reminder to ${names}`}
      >
        Send a reminder
      </Button>
      <Button variant="default" size="xs" onClick={() => onEnd(pair)} aria-label={`End the pair ${names}`}>
        End the pair
      </Button>
    </Group>
  );
}

const lastMet = (pair: CoordinatorPair) => (pair.lastMetOn ? formatCalendarDate(pair.lastMetOn) : 'Not yet');
const topics = (pair: CoordinatorPair) => pair.topics.map((t) => MEETING_TOPIC_LABELS[t]).join(', ') || '—';

/** How the program's pairs are doing: meetings and topics only, never what was said (privacy rule 2). */
export function ProgramPairsTab({ program }: { program: Program }) {
  const { orgId } = useCurrentOrg();
  const pairs = useProgramPairs(orgId, program.id);
  const nudge = useNudgePair(orgId, program.id);
  const end = useEndPair(orgId, program.id);
  const [ending, setEnding] = useState<CoordinatorPair | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  if (pairs.isPending) return <PageLoader label="Loading pairs" />;
  if (pairs.isError) return <QueryError error={pairs.error} onRetry={() => void pairs.refetch()} />;
  const sorted = [...pairs.data].sort(byUrgency);
  const active = sorted.filter((p) => p.status === 'active').length;
  const atRisk = sorted.filter((p) => p.atRisk && p.status === 'active').length;
  const rematch = sorted.filter((p) => p.rematchRequested && p.status === 'active').length;

  function sendReminder(pair: CoordinatorPair) {
    setNotice(null);
    nudge.mutate(pair.id, {
      onSuccess: () => setNotice(`A reminder is on its way to ${pair.mentor.name} and ${pair.mentee.name}.`),
      onError: (error) => setNotice(`No reminder was sent: ${errorMessage(error)}`),
    });
  }
  const actions = (pair: CoordinatorPair) => (
    <PairActions
      pair={pair}
      onNudge={sendReminder}
      onEnd={setEnding}
      nudging={nudge.isPending && nudge.variables === pair.id}
    />
  );

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        Pairs
      </Title>
      {sorted.length === 0 ? (
        <Text c="dimmed">No pairs yet. They appear here once you publish a matching.</Text>
      ) : (
        <>
          <Text>
            {active} active {active === 1 ? 'pair' : 'pairs'}; {atRisk} {atRisk === 1 ? 'has' : 'have'} not met for over{' '}
            {program.cadenceDays} days; {rematch} {rematch === 1 ? 'asks' : 'ask'} for a new match.
            {rematch > 0 && ' To rematch, end the pair, then run matching again: other pairs are not disturbed.'}
          </Text>
          {notice && (
            <Alert
              variant="light"
              role="status"
              withCloseButton
              closeButtonLabel="Dismiss"
              onClose={() => setNotice(null)}
            >
              {notice}
            </Alert>
          )}
          <Text size="sm" c="dimmed">
            You see when pairs meet and the topics they chose. Their notes are private to each of them.
          </Text>
          <ScrollableTable label="Pairs" minWidth={880} visibleFrom="md">
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Mentee</Table.Th>
                  <Table.Th scope="col">Mentor</Table.Th>
                  <Table.Th scope="col">Meetings</Table.Th>
                  <Table.Th scope="col">Topics</Table.Th>
                  <Table.Th scope="col">Needs attention</Table.Th>
                  <Table.Th scope="col">Actions</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {sorted.map((pair) => (
                  <Table.Tr key={pair.id} bg={pair.rematchRequested ? 'red.0' : pair.atRisk ? 'orange.0' : undefined}>
                    <Table.Td fw={600}>{pair.mentee.name}</Table.Td>
                    <Table.Td>{pair.mentor.name}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{pair.meetingsHeld} held</Text>
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                        last: {lastMet(pair)}
                      </Text>
                    </Table.Td>
                    <Table.Td>{topics(pair)}</Table.Td>
                    <Table.Td>
                      <Flags pair={pair} cadenceDays={program.cadenceDays} />
                    </Table.Td>
                    <Table.Td>{actions(pair)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
          <Stack hiddenFrom="md" gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {sorted.map((pair) => (
              <Card
                key={pair.id}
                component="li"
                withBorder
                padding="md"
                bg={pair.rematchRequested ? 'red.0' : pair.atRisk ? 'orange.0' : undefined}
              >
                <Text fw={700}>{pair.mentee.name}</Text>
                <Text size="sm">Mentor: {pair.mentor.name}</Text>
                <Text size="sm" mt={4}>
                  {pair.meetingsHeld} {pair.meetingsHeld === 1 ? 'meeting' : 'meetings'} · last met: {lastMet(pair)}
                </Text>
                <Text size="sm">Topics: {topics(pair)}</Text>
                <Stack mt="xs" gap="sm">
                  <Flags pair={pair} cadenceDays={program.cadenceDays} />
                  {actions(pair)}
                </Stack>
              </Card>
            ))}
          </Stack>
        </>
      )}
      <ConfirmModal
        opened={ending !== null}
        title="End this pair?"
        confirmLabel="End the pair"
        pending={end.isPending}
        error={end.isError ? errorMessage(end.error) : null}
        onClose={() => {
          setEnding(null);
          end.reset();
        }}
        onConfirm={() => {
          if (ending)
            end.mutate(ending.id, {
              onSuccess: () => {
                setNotice(
                  `The pair of ${ending.mentor.name} and ${ending.mentee.name} has ended. Run matching to offer ${ending.mentee.name} a new mentor.`,
                );
                setEnding(null);
              },
            });
        }}
      >
        {ending?.mentor.name} and {ending?.mentee.name} are told in the app that their pair has ended, without fault.{' '}
        {ending?.mentee.name} can then be matched again from the Matching tab.
      </ConfirmModal>
    </Stack>
  );
}
