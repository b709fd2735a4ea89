import { Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { QUESTION_KINDS, type Question } from '#shared/contracts/mentoring.ts';
import { QUESTION_KIND_LABELS } from './mentoring-labels.ts';

const MAX_QUESTIONS = 20;
const KIND_OPTIONS = QUESTION_KINDS.map((kind) => ({ value: kind, label: QUESTION_KIND_LABELS[kind] }));
const SIDE_OPTIONS = [
  { value: 'both', label: 'Mentors and mentees' },
  { value: 'mentor', label: 'Mentors only' },
  { value: 'mentee', label: 'Mentees only' },
];
const hasOptions = (kind: Question['kind']) => kind === 'choice' || kind === 'multi_choice';

/** A short id that stays with the question, so answers follow it when questions are reordered. */
function newQuestionId(): string {
  return `q-${crypto.randomUUID().slice(0, 8)}`;
}

interface QuestionBuilderProps {
  value: Question[];
  onChange: (questions: Question[]) => void;
  errorFor: (field: string) => string | undefined;
}

/** The application form's questions: add, change, reorder and remove, of the four kinds. */
export function QuestionBuilder({ value, onChange, errorFor }: QuestionBuilderProps) {
  const change = (index: number, question: Question) => onChange(value.map((q, i) => (i === index ? question : q)));
  const move = (index: number, by: -1 | 1) => {
    const next = [...value];
    const [moved] = next.splice(index, 1);
    if (moved) next.splice(index + by, 0, moved);
    onChange(next);
  };
  const add = () =>
    onChange([
      ...value,
      { id: newQuestionId(), kind: 'short_text', label: '', side: 'both', required: false, options: [] },
    ]);

  return (
    <Stack gap="sm">
      {value.length === 0 && <Text c="dimmed">No questions: people apply with their profile alone.</Text>}
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {value.map((question, index) => {
          const n = index + 1;
          const path = `questions.${index}`;
          return (
            <Paper key={question.id} component="li" withBorder p="md">
              <Stack gap="sm">
                <TextInput
                  label={`Question ${n}`}
                  required
                  value={question.label}
                  onChange={(e) => change(index, { ...question, label: e.currentTarget.value })}
                  maxLength={200}
                  error={errorFor(`${path}.label`)}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <Select
                    label={`Question ${n}: kind of answer`}
                    data={KIND_OPTIONS}
                    value={question.kind}
                    allowDeselect={false}
                    onChange={(kind) => {
                      const k = (kind ?? 'short_text') as Question['kind'];
                      change(index, { ...question, kind: k, options: hasOptions(k) ? question.options : [] });
                    }}
                    error={errorFor(`${path}.kind`)}
                  />
                  <Select
                    label={`Question ${n}: asked of`}
                    data={SIDE_OPTIONS}
                    value={question.side}
                    allowDeselect={false}
                    onChange={(side) => change(index, { ...question, side: (side ?? 'both') as Question['side'] })}
                    error={errorFor(`${path}.side`)}
                  />
                </SimpleGrid>
                {hasOptions(question.kind) && (
                  <TagsInput
                    label={`Question ${n}: options`}
                    description="At least two. Press Enter after each one."
                    value={question.options}
                    onChange={(options) => change(index, { ...question, options })}
                    maxTags={20}
                    error={errorFor(`${path}.options`)}
                  />
                )}
                <Checkbox
                  label="An answer is required"
                  checked={question.required}
                  onChange={(e) => change(index, { ...question, required: e.currentTarget.checked })}
                  aria-label={`Question ${n}: an answer is required`}
                />
                <Group gap="xs">
                  <Button
                    variant="default"
                    size="sm"
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={`Move question ${n} up`}
                  >
                    Move up
                  </Button>
                  <Button
                    variant="default"
                    size="sm"
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={`Move question ${n} down`}
                  >
                    Move down
                  </Button>
                  <Button
                    variant="subtle"
                    color="red"
                    size="sm"
                    onClick={() => onChange(value.filter((_, i) => i !== index))}
                    aria-label={`Remove question ${n}`}
                  >
                    Remove
                  </Button>
                </Group>
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {errorFor('questions') && !value.some((_, i) => errorFor(`questions.${i}`)) && (
        <Text c="red.9" size="sm" role="alert">
          {errorFor('questions')}
        </Text>
      )}
      <Group>
        <Button variant="light" onClick={add} disabled={value.length >= MAX_QUESTIONS}>
          Add a question
        </Button>
      </Group>
    </Stack>
  );
}
