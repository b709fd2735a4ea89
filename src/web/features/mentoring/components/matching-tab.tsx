import { Alert, Button, Group, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { MatchingState, MatchRun, Program } from '#shared/contracts/mentoring.ts';
import { counted } from '#shared/counted.ts';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatCalendarDate, formatDate, formatDateTime } from '#web/lib/org-time.ts';
import { useApplications } from '../api/get-applications.ts';
import { useMatchingState } from '../api/get-matching-state.ts';
import { usePublishMatchRun, type PublishResult } from '../api/publish-match-run.ts';
import { useRunMatching, type MatchMode, type PairRef } from '../api/run-matching.ts';
import { MatchSummary } from './match-summary.tsx';
import { PairChoices } from './pair-choices.tsx';
import { ProposedPairs, type ProposedPair } from './proposed-pairs.tsx';
import { UnmatchedList } from './unmatched-list.tsx';

const MODES: { value: MatchMode; label: string; description: string }[] = [
  { value: 'optimal', label: 'Best overall', description: 'The highest total score across all pairs.' },
  {
    value: 'fair',
    label: 'Fairest',
    description: 'Lifts the least good pair first, then the next, so nobody gets a poor match to make others better.',
  },
  {
    value: 'stable',
    label: 'Stable',
    description: 'No mentor and mentee would both rather be with each other than with their match.',
  },
];

const samePair = (a: PairRef, b: PairRef) => a.mentor === b.mentor && a.mentee === b.mentee;
const sameSet = (a: PairRef[], b: PairRef[]) => a.length === b.length && a.every((x) => b.some((y) => samePair(x, y)));
const refOf = (pair: ProposedPair): PairRef => ({ mentor: pair.mentor.id, mentee: pair.mentee.id });

/** Run the engine, look at its proposal, pin or forbid pairs, run again, then publish what is new. */
export function MatchingTab({ program }: { program: Program }) {
  const { orgId } = useCurrentOrg();
  const state = useMatchingState(orgId, program.id);
  if (state.isPending) return <PageLoader label="Loading the latest matching run" />;
  if (state.isError) return <QueryError error={state.error} onRetry={() => void state.refetch()} />;
  // A new run starts the choices afresh from what that run was given.
  return <MatchingWorkspace key={state.data.run?.id ?? 'none'} program={program} state={state.data} />;
}

/** What is running already, and what a new run would do: re-runs after publishing are incremental. */
function RunningNow({ state }: { state: MatchingState }) {
  const { timeZone } = useCurrentOrg();
  const { running, menteesWaiting } = state;
  if (running.pairs === 0 && !running.firstPublishedAt) return null;
  const since = running.firstPublishedAt
    ? `, first published on ${formatDate(running.firstPublishedAt, timeZone)}`
    : '';
  const waiting =
    menteesWaiting === 0
      ? 'Every mentee who applied has a mentor, so a run has no one to match now.'
      : `A run matches only the ${counted(menteesWaiting, 'mentee')} without a mentor (late applicants and those who asked for a new match).`;
  return (
    <Text>
      {running.pairs === 1 ? '1 pair is' : `${running.pairs} pairs are`} running{since}. {waiting} It never changes a
      running pair.
    </Text>
  );
}

function MatchingWorkspace({ program, state }: { program: Program; state: MatchingState }) {
  const { run } = state;
  const { orgId, timeZone } = useCurrentOrg();
  const applications = useApplications(orgId, program.id);
  const runMatching = useRunMatching(orgId, program.id);
  const publish = usePublishMatchRun(orgId, program.id);
  const [mode, setMode] = useState<MatchMode>((run?.mode as MatchMode | undefined) ?? 'optimal');
  const [pins, setPins] = useState<PairRef[]>(run?.pins ?? []);
  const [forbids, setForbids] = useState<PairRef[]>(run?.forbids ?? []);
  const [confirming, setConfirming] = useState(false);
  const [published, setPublished] = useState<PublishResult | null>(null);

  const names = new Map<string, string>();
  for (const a of applications.data ?? []) names.set(a.person.id, a.person.name);
  for (const p of run?.pairs ?? []) {
    names.set(p.mentor.id, p.mentor.name);
    names.set(p.mentee.id, p.mentee.name);
  }
  const nameOf = (id: string) => names.get(id) ?? 'Someone who withdrew';
  const newPairs = run?.pairs.filter((p) => p.state === 'new').length ?? 0;
  const everyPairNew = run !== null && newPairs === run.pairs.length;
  // A warning, not a wall: publishing early is allowed, and a later run matches who applies after.
  const applicationsOpen = program.phase === 'applications_open' && (
    <Alert variant="light" color="orange" title="Applications are still open">
      Applications are open until {formatCalendarDate(program.applicationsCloseOn)}; people who apply later can be
      matched by a later run.
    </Alert>
  );
  const changed = run !== null && (mode !== run.mode || !sameSet(pins, run.pins) || !sameSet(forbids, run.forbids));

  function pin(pair: ProposedPair) {
    setPins((current) => [...current.filter((p) => !samePair(p, refOf(pair))), refOf(pair)]);
  }
  function unpin(ref: PairRef) {
    setPins((current) => current.filter((p) => !samePair(p, ref)));
  }
  function forbid(pair: ProposedPair) {
    unpin(refOf(pair));
    setForbids((current) => [...current.filter((p) => !samePair(p, refOf(pair))), refOf(pair)]);
  }

  return (
    <Stack gap="xl">
      <section aria-labelledby="run-matching">
        <Title order={2} size="h3" id="run-matching" mb="xs">
          Run matching
        </Title>
        <Stack gap="md">
          {program.phase === 'applications_open' && (
            <Text>
              Applications are open until {formatCalendarDate(program.applicationsCloseOn)}. You can preview a matching
              now and run it again once they close.
            </Text>
          )}
          <RunningNow state={state} />
          <Radio.Group size="md" label="How to match" value={mode} onChange={(value) => setMode(value as MatchMode)}>
            <Stack gap="sm" mt="xs">
              {MODES.map((m) => (
                <Radio key={m.value} value={m.value} label={m.label} description={m.description} size="md" />
              ))}
            </Stack>
          </Radio.Group>
          {(pins.length > 0 || forbids.length > 0) && (
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <PairChoices
                title="Pinned: kept together"
                empty="No pins."
                pairs={pins}
                nameOf={nameOf}
                undoLabel="Unpin"
                onUndo={unpin}
              />
              <PairChoices
                title="Forbidden: never paired"
                empty="No forbidden pairs."
                pairs={forbids}
                nameOf={nameOf}
                undoLabel="Allow again"
                onUndo={(ref) => setForbids((current) => current.filter((p) => !samePair(p, ref)))}
              />
            </SimpleGrid>
          )}
          <FormError message={runMatching.isError ? errorMessage(runMatching.error) : null} />
          <Group>
            <Button
              onClick={() => {
                setPublished(null);
                runMatching.mutate({ mode, pins, forbids });
              }}
              loading={runMatching.isPending}
            >
              {run ? (changed ? 'Run again with these changes' : 'Run again') : 'Run matching'}
            </Button>
            {runMatching.isPending && (
              <Text size="sm" role="status">
                The engine is working…
              </Text>
            )}
          </Group>
        </Stack>
      </section>

      {run === null ? (
        <Text c="dimmed">
          {state.running.firstPublishedAt
            ? 'There is no proposal to look at: run matching when someone is waiting for a mentor.'
            : 'No matching has been run yet. Nothing is shown to anyone until you publish.'}
        </Text>
      ) : (
        <>
          <section aria-labelledby="proposal">
            <Title order={2} size="h3" id="proposal">
              Proposal
            </Title>
            <Text size="sm" c="dimmed" mb="md">
              {MODES.find((m) => m.value === run.mode)?.label ?? run.mode}, run on{' '}
              {formatDateTime(run.createdAt, timeZone)}. <ProposalStanding run={run} />
            </Text>
            <Stack gap="lg">
              <MatchSummary summary={run.summary} />
              <ProposedPairs
                pairs={run.pairs}
                weights={program.criteria}
                isPinned={(pair) => pins.some((p) => samePair(p, refOf(pair)))}
                onPin={pin}
                onUnpin={(pair) => unpin(refOf(pair))}
                onForbid={forbid}
              />
            </Stack>
          </section>

          <section aria-labelledby="unmatched">
            <Title order={2} size="h3" id="unmatched" mb="sm">
              Not matched ({run.unmatched.length})
            </Title>
            <UnmatchedList unmatched={run.unmatched} />
          </section>

          <section aria-labelledby="publish">
            <Title order={2} size="h3" id="publish" mb="sm">
              Publish
            </Title>
            <Stack gap="sm">
              {newPairs > 0 && applicationsOpen}
              {changed && (
                <Alert variant="light" color="orange" role="status">
                  You have changed the mode, pins or forbids since this run. Run again to see their effect before
                  publishing.
                </Alert>
              )}
              {published && (
                <Alert variant="light" color="kindred" role="status" title="Published">
                  {counted(published.created, 'new pair')}
                  {published.alreadyPaired > 0 ? `; ${published.alreadyPaired} already paired` : ''}.{' '}
                  {published.notified === 1 ? '1 person was' : `${published.notified} people were`} told in the app and
                  by e-mail.
                </Alert>
              )}
              {newPairs > 0 ? (
                <Group>
                  <Button onClick={() => setConfirming(true)} disabled={changed}>
                    Publish {counted(newPairs, everyPairNew ? 'pair' : 'new pair')}
                  </Button>
                </Group>
              ) : (
                <Text>
                  {run.pairs.length === 0
                    ? 'This run proposed no pair, so there is nothing to publish.'
                    : 'Nothing new to publish: every pair of this run is published or its mentee has a mentor. Run again to match anyone still waiting.'}
                </Text>
              )}
            </Stack>
          </section>
        </>
      )}

      <ConfirmModal
        opened={confirming && run !== null}
        title="Publish these pairs?"
        confirmLabel="Publish"
        pending={publish.isPending}
        error={publish.isError ? errorMessage(publish.error) : null}
        onClose={() => {
          setConfirming(false);
          publish.reset();
        }}
        onConfirm={() => {
          if (run)
            publish.mutate(run.id, {
              onSuccess: (result) => {
                setPublished(result);
                setConfirming(false);
              },
            });
        }}
      >
        <Stack gap="sm">
          <Text>
            {newPairs === 1 ? '1 pair' : `${newPairs} pairs`} will be created, and everyone in them told by e-mail and
            in the app. Pairs cannot be unpublished; people can ask for a new match later.
          </Text>
          {applicationsOpen}
        </Stack>
      </ConfirmModal>
    </Stack>
  );
}

/** Who can see this run's pairs: nobody until published; once published, when and how many. */
function ProposalStanding({ run }: { run: MatchRun }) {
  const { timeZone } = useCurrentOrg();
  const fresh = run.pairs.filter((p) => p.state === 'new').length;
  const made = run.published?.pairs ?? 0;
  const publishedPart = run.published
    ? `${made === 1 ? '1 pair was' : `${made} pairs were`} published on ${formatDate(run.published.at, timeZone)}. `
    : '';
  let rest = '';
  if (run.pairs.length > 0 && fresh === run.pairs.length) rest = 'Nobody sees these pairs until you publish.';
  else if (fresh > 0) rest = `Nobody sees its ${counted(fresh, 'new pair')} until you publish.`;
  else if (run.published) rest = `Everyone in ${made === 1 ? 'it' : 'them'} was told.`;
  else if (run.pairs.length > 0) rest = 'Each of its pairs is published already, or its mentee has a mentor now.';
  return (
    <>
      {publishedPart}
      {rest}
    </>
  );
}
