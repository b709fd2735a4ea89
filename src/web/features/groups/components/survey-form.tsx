import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '#web/components/query-state.tsx';
import { ScaleField } from '#web/components/scale-field.tsx';
import { focusFirstInvalid } from '#web/lib/focus-first-invalid.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import type { SurveyAnswer } from '../api/answer-survey.ts';

const FIELDS = ['helpful', 'lessAlone', 'ableToCope', 'change'] as const;
const QUESTIONS = [
  {
    name: 'helpful',
    label: 'Was the session helpful?',
    description: '1 is not at all, 5 is very helpful.',
    missing: 'Choose how helpful it was',
  },
  {
    name: 'lessAlone',
    label: 'Do you feel less alone?',
    description: '1 is not at all, 5 is much less alone.',
    missing: 'Choose how much less alone you feel',
  },
  {
    name: 'ableToCope',
    label: 'Do you feel more able to cope?',
    description: '1 is not at all, 5 is much more able.',
    missing: 'Choose how much more able to cope you feel',
  },
] as const;

type Scores = Record<(typeof QUESTIONS)[number]['name'], string>;

/** Three taps and an optional line; nothing asks who you are. */
export function SurveyForm({
  pending,
  error,
  onSubmit,
}: {
  pending: boolean;
  error: string | null;
  onSubmit: (answer: SurveyAnswer) => void;
}) {
  const [scores, setScores] = useState<Scores>({ helpful: '', lessAlone: '', ableToCope: '' });
  const [change, setChange] = useState('');
  const errors = useFormErrors(FIELDS);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const ok = errors.checkRequired(
      Object.fromEntries(QUESTIONS.map((q) => [q.name, scores[q.name] ? undefined : q.missing])),
    );
    if (!ok) {
      focusFirstInvalid(form);
      return;
    }
    onSubmit({
      helpful: Number(scores.helpful),
      lessAlone: Number(scores.lessAlone),
      ableToCope: Number(scores.ableToCope),
      change,
    });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        {QUESTIONS.map((q) => (
          <ScaleField
            key={q.name}
            name={q.name}
            label={q.label}
            description={q.description}
            value={scores[q.name]}
            onChange={(value) => setScores((s) => ({ ...s, [q.name]: value }))}
            error={errors.errorFor(q.name)}
          />
        ))}
        <Textarea
          label="What would you change?"
          description="Optional. Please leave out names, and anything that could identify you, a patient or a colleague."
          autosize
          minRows={3}
          maxLength={1000}
          value={change}
          onChange={(event) => setChange(event.currentTarget.value)}
          error={errors.errorFor('change')}
        />
        <FormError message={error} />
        <Group>
          <Button type="submit" size="md" loading={pending}>
            Send my answers
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
