import { Checkbox, Radio, Stack, Textarea } from '@mantine/core';
import type { Question } from '#shared/contracts/mentoring.ts';
import { ScaleField } from '#web/components/scale-field.tsx';
import type { Answers } from '../api/save-my-application.ts';

type Answer = Answers[string] | undefined;

/** One application question, drawn by its kind: short text, one choice, several choices, or a 1–5 scale. */
export function QuestionField({
  question,
  value,
  onChange,
  error,
}: {
  question: Question;
  value: Answer;
  onChange: (value: Answer) => void;
  error?: string;
}) {
  const common = { label: question.label, withAsterisk: question.required, error };
  switch (question.kind) {
    case 'short_text':
      return (
        <Textarea
          {...common}
          required={question.required}
          autosize
          minRows={2}
          maxLength={1000}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      );
    case 'choice':
      return (
        <Radio.Group {...common} size="md" value={typeof value === 'string' ? value : null} onChange={onChange}>
          <Stack gap="sm" mt="xs">
            {question.options.map((option) => (
              <Radio key={option} value={option} label={option} size="md" />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multi_choice':
      return (
        <Checkbox.Group {...common} size="md" value={Array.isArray(value) ? value : []} onChange={onChange}>
          <Stack gap="sm" mt="xs">
            {question.options.map((option) => (
              <Checkbox key={option} value={option} label={option} size="md" />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'scale':
      return (
        <ScaleField
          label={question.label}
          required={question.required}
          error={error}
          value={typeof value === 'number' ? String(value) : null}
          onChange={(v) => onChange(Number(v))}
        />
      );
  }
}

/** Whether a required question has an answer a person actually gave. */
export function isAnswered(value: Answer): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
