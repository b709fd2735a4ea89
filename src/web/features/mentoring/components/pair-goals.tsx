import { Button, Group, Paper, Slider, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZGoalBody, type Pair } from '#shared/contracts/mentoring.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage, useFormErrors } from '#web/lib/form-errors.ts';
import { useAddGoal } from '../api/add-goal.ts';
import { useUpdateGoal } from '../api/update-goal.ts';
import { Section } from '#web/components/section.tsx';

type Goal = Pair['goals'][number];

const MARKS = [
  { value: 0, label: '0%' },
  { value: 50, label: '50%' },
  { value: 100, label: '100%' },
];

function GoalProgress({ pairId, goal, canEdit }: { pairId: string; goal: Goal; canEdit: boolean }) {
  const { orgId } = useCurrentOrg();
  const update = useUpdateGoal(orgId, pairId);
  const [progress, setProgress] = useState(goal.progress);
  const labelId = `goal-${goal.id}`;
  return (
    <Paper component="li" withBorder p="md" pb="xl">
      <Group justify="space-between" gap="sm" mb="sm">
        <Text fw={700} id={labelId}>
          {goal.title}
        </Text>
        <Text size="sm" role="status" aria-live="polite">
          {update.isPending ? 'Saving…' : `${progress}%`}
        </Text>
      </Group>
      {canEdit ? (
        <Slider
          value={progress}
          onChange={setProgress}
          onChangeEnd={(value) => update.mutate({ goalId: goal.id, title: goal.title, progress: value })}
          step={10}
          min={0}
          max={100}
          marks={MARKS}
          label={(value) => `${value}%`}
          thumbLabel={`Progress on ${goal.title}`}
          thumbSize={26}
          size="lg"
          mx="sm"
        />
      ) : null}
      <FormError message={update.isError ? errorMessage(update.error) : null} />
    </Paper>
  );
}

function AddGoal({ pairId }: { pairId: string }) {
  const { orgId } = useCurrentOrg();
  const add = useAddGoal(orgId, pairId);
  const { formError, validate, showError, errorFor } = useFormErrors(['title']);
  const [title, setTitle] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZGoalBody, { title, progress: 0 });
    if (body) add.mutate(body, { onSuccess: () => setTitle(''), onError: showError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <FormError message={formError} />
        <Group align="flex-end" gap="sm">
          <TextInput
            label="A new goal"
            description="Something you want to work on together, such as “Sit the primary exam” or “A roster I can live with”."
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={200}
            error={errorFor('title')}
            style={{ flex: 1, minWidth: 220 }}
          />
          <Button type="submit" variant="light" loading={add.isPending}>
            Add goal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function PairGoals({ pair }: { pair: Pair }) {
  const canEdit = pair.myRole !== 'coordinator' && pair.status === 'active';
  return (
    <Section title="Goals">
      <Stack gap="sm">
        {pair.goals.length === 0 ? (
          <Text c="dimmed">No goals yet. Many pairs choose one or two at their first meeting.</Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
            {pair.goals.map((goal) => (
              <GoalProgress key={goal.id} pairId={pair.id} goal={goal} canEdit={canEdit} />
            ))}
          </Stack>
        )}
        {canEdit && <AddGoal pairId={pair.id} />}
      </Stack>
    </Section>
  );
}
