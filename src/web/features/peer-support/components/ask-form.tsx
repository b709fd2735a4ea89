import { Button, Checkbox, Group, Radio, Stack } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { z } from 'zod';
import {
  ASKABLE_TOPICS,
  TOPIC_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  ZAskBody,
  type AskBody,
  type Urgency,
} from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { focusFirstInvalid } from '#web/lib/focus-first-invalid.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useAskForSupport } from '../api/ask-for-support.ts';
import { ContactChoiceFields, contactChoiceOf, EMPTY_CONTACT, type ContactDraft } from './contact-choice-fields.tsx';

const FIELDS = ['topic', 'urgency', 'contactMethod', 'contactDetail', 'anonymous', 'notMyDepartment', 'similarStage'];
type Topic = AskBody['topic'];
type Preference = 'notMyDepartment' | 'similarStage';
/** The contract, with a plain message when no topic is chosen (every field's problem is shown at once). */
const ZAskForm = z.object({ topic: z.string({ error: 'Choose what it is about' }) }).and(ZAskBody);

/**
 * Asking for a peer: what it is about (unless the page already knows), how soon, how to be reached, preferences.
 * Sent once however often the button is pressed; the answer opens the request's own page.
 */
export function AskForm({ topic: fixedTopic, submitLabel }: { topic?: Topic; submitLabel: string }) {
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const ask = useAskForSupport(orgId);
  const formRef = useRef<HTMLFormElement>(null);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [topic, setTopic] = useState<Topic | null>(fixedTopic ?? null);
  const [urgency, setUrgency] = useState<Urgency>('now');
  const [contact, setContact] = useState<ContactDraft>(EMPTY_CONTACT);
  const [preferences, setPreferences] = useState<Preference[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    // A second tap while the first is on its way must not send a second request.
    if (ask.isPending || ask.isSuccess) return;
    const body = validate(ZAskForm, {
      topic,
      urgency,
      notMyDepartment: preferences.includes('notMyDepartment'),
      similarStage: preferences.includes('similarStage'),
      ...contactChoiceOf(contact),
    });
    if (!body) return focusFirstInvalid(formRef.current);
    ask.mutate(body, {
      onSuccess: (request) => void navigate(`/o/${orgId}/talk/requests/${request.id}`),
      onError: (error) => {
        showError(error);
        focusFirstInvalid(formRef.current);
      },
    });
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="lg">
        <FormError message={formError} />
        {!fixedTopic && (
          <Radio.Group
            label="What is it about?"
            description="You do not need to say more than this."
            size="md"
            value={topic}
            onChange={(value) => setTopic(value as Topic)}
            error={errorFor('topic')}
            withAsterisk
          >
            <Stack gap="sm" mt="xs">
              {ASKABLE_TOPICS.map((t) => (
                <Radio key={t} value={t} label={TOPIC_LABELS[t]} size="md" />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Radio.Group
          label="How soon?"
          size="md"
          value={urgency}
          onChange={(value) => setUrgency(value as Urgency)}
          error={errorFor('urgency')}
          withAsterisk
        >
          <Group gap="lg" mt="xs">
            {URGENCIES.map((u) => (
              <Radio key={u} value={u} label={URGENCY_LABELS[u]} size="md" />
            ))}
          </Group>
        </Radio.Group>
        <ContactChoiceFields value={contact} onChange={setContact} errorFor={errorFor} />
        <Checkbox.Group
          label="If you like (optional)"
          size="md"
          value={preferences}
          onChange={(value) => setPreferences(value as Preference[])}
        >
          <Stack gap="sm" mt="xs">
            <Checkbox size="md" value="notMyDepartment" label="Someone not from my department" />
            <Checkbox size="md" value="similarStage" label="Someone at a similar career stage" />
          </Stack>
        </Checkbox.Group>
        <Button type="submit" size="md" loading={ask.isPending} disabled={ask.isSuccess} fullWidth>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
