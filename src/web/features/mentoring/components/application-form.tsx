import { Alert, Button, Group, Paper, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import {
  MEETING_TOPIC_LABELS,
  PROGRAM_AUDIENCE,
  ZApplicationBody,
  type ApplicationSide,
} from '#shared/contracts/mentoring.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { focusFirstInvalid } from '#web/lib/focus-first-invalid.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import type { MyApplication, ProgramForMember } from '../api/get-program-for-me.ts';
import { useSaveMyApplication, type Answers } from '../api/save-my-application.ts';
import { peerSupportLine } from './mentoring-labels.ts';
import { MentorPicker } from './mentor-picker.tsx';
import { isAnswered, QuestionField } from './question-field.tsx';

const FIELDS = ['answers', 'wantsHelpWith', 'avoidPersonIds', 'preferredPersonIds', 'capacity'] as const;
const HELP_SUGGESTIONS = Object.values(MEETING_TOPIC_LABELS).filter((label) => label !== 'Something else');

interface ApplicationFormProps {
  forMe: ProgramForMember;
  side: ApplicationSide;
  existing: MyApplication | undefined;
  back: ReactNode;
}

export function ApplicationForm({ forMe, side, existing, back }: ApplicationFormProps) {
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const { program } = forMe;
  const save = useSaveMyApplication(orgId, program.id);
  const { formError, validate, showError, errorFor, fieldErrors } = useFormErrors(FIELDS);
  const [answers, setAnswers] = useState<Answers>(existing?.answers ?? {});
  const [wantsHelpWith, setWantsHelpWith] = useState<string[]>(existing?.wantsHelpWith ?? []);
  // Changing an application starts from what was sent, so nothing saved is lost by saving again.
  const [avoidPersonIds, setAvoidPersonIds] = useState<string[]>(existing?.avoidPersonIds ?? []);
  const [preferredPersonIds, setPreferredPersonIds] = useState<string[]>(existing?.preferredPersonIds ?? []);
  const [capacity, setCapacity] = useState<number>(existing?.capacity ?? Math.min(program.mentorCapacity, 2));
  const [missing, setMissing] = useState<string[]>([]);
  const questions = program.questions.filter((q) => q.side === 'both' || q.side === side);
  const mentee = side === 'mentee';
  const formRef = useRef<HTMLFormElement>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const unanswered = questions.filter((q) => q.required && !isAnswered(answers[q.id])).map((q) => q.id);
    setMissing(unanswered);
    const body = validate(ZApplicationBody, {
      side,
      answers: Object.fromEntries(questions.filter((q) => isAnswered(answers[q.id])).map((q) => [q.id, answers[q.id]])),
      wantsHelpWith: mentee ? wantsHelpWith : [],
      avoidPersonIds: mentee ? avoidPersonIds : [],
      preferredPersonIds: mentee ? preferredPersonIds : [],
      capacity: mentee ? null : capacity,
    });
    if (!body || unanswered.length > 0) return focusFirstInvalid(formRef.current);
    save.mutate(body, {
      onSuccess: () => void navigate(`/o/${orgId}/mentoring/programs/${program.id}`, { state: { applied: side } }),
      onError: (error) => {
        showError(error);
        focusFirstInvalid(formRef.current);
      },
    });
  }

  const questionError = (id: string) =>
    missing.includes(id) ? 'Please answer this question' : (fieldErrors[`answers.${id}`] ?? undefined);

  return (
    <>
      <PageHeader title={`${existing ? 'Change your application' : 'Apply'} as a ${side}`} description={program.name} />
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack gap="lg" maw={640}>
          <Alert variant="light" color="blue">
            {peerSupportLine(PROGRAM_AUDIENCE[program.template].peers)}{' '}
            {mentee
              ? `Your mentor is ${PROGRAM_AUDIENCE[program.template].mentorAhead}, there to listen and share what helped them.`
              : 'As a mentor you listen, share what helped you, and point to help when it is needed.'}
          </Alert>
          <FormError message={formError ?? (missing.length > 0 ? 'Some questions still need an answer.' : null)} />

          {questions.length > 0 && (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                About you
              </Title>
              <Stack gap="lg">
                {questions.map((question) => (
                  <QuestionField
                    key={question.id}
                    question={question}
                    value={answers[question.id]}
                    onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value ?? '' }))}
                    error={questionError(question.id)}
                  />
                ))}
              </Stack>
            </Paper>
          )}

          {mentee ? (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                Your match
              </Title>
              <Stack gap="lg">
                <TagsInput
                  label="What would you like help with?"
                  description="Choose from the list or type your own, then press Enter. These help us find the right mentor."
                  data={HELP_SUGGESTIONS}
                  value={wantsHelpWith}
                  onChange={setWantsHelpWith}
                  maxTags={20}
                  clearable
                  error={errorFor('wantsHelpWith')}
                />
                <MentorPicker
                  programId={program.id}
                  label="People you would rather not be matched with"
                  description="For any reason, and you do not have to say why. Nobody is told. Whoever supervises, assesses or manages you is never matched with you anyway, once they are on your list in My profile or recorded by your organisation."
                  value={avoidPersonIds}
                  onChange={setAvoidPersonIds}
                  exclude={preferredPersonIds}
                  max={20}
                  error={errorFor('avoidPersonIds')}
                />
                <MentorPicker
                  programId={program.id}
                  label="Mentors you would like (optional)"
                  description="Up to five. We try, but cannot promise."
                  value={preferredPersonIds}
                  onChange={setPreferredPersonIds}
                  exclude={avoidPersonIds}
                  max={5}
                  error={errorFor('preferredPersonIds')}
                />
              </Stack>
            </Paper>
          ) : (
            <Paper withBorder p="md">
              <Title order={2} size="h4" mb="sm">
                How many mentees
              </Title>
              <Select
                label="How many mentees can you take on?"
                description={`Up to ${program.mentorCapacity} in this program. Most mentors find one or two is plenty alongside work.`}
                data={Array.from({ length: program.mentorCapacity }, (_, i) => String(i + 1))}
                value={String(capacity)}
                onChange={(value) => setCapacity(Number(value ?? 1))}
                allowDeselect={false}
                error={errorFor('capacity')}
              />
              {forMe.trainingToDo.length > 0 && (
                <Text size="sm" mt="sm">
                  Before you are matched, complete the mentor training:{' '}
                  {forMe.trainingToDo.map((t) => t.title).join(', ')}. You can apply now and do it afterwards.
                </Text>
              )}
            </Paper>
          )}

          <Group>
            <Button type="submit" loading={save.isPending}>
              {existing ? 'Save changes' : 'Send application'}
            </Button>
            {back}
          </Group>
        </Stack>
      </form>
    </>
  );
}
