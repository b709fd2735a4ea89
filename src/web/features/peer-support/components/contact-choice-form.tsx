import { Button, Group, Stack } from '@mantine/core';
import { useRef, useState, type FormEvent } from 'react';
import { ZContactChoice, type ContactChoice } from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { focusFirstInvalid } from '#web/lib/focus-first-invalid.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { ContactChoiceFields, contactChoiceOf, EMPTY_CONTACT, type ContactDraft } from './contact-choice-fields.tsx';

const FIELDS = ['contactMethod', 'contactDetail', 'anonymous'];

/** "How should they reach you?" on its own, for saying yes to an offer or asking for a one-to-one. */
export function ContactChoiceForm({
  submitLabel,
  pending,
  onSubmit,
  onCancel,
}: {
  submitLabel: string;
  pending: boolean;
  /** Sends the choice; `showError` puts the server's answer on the field it names. */
  onSubmit: (choice: ContactChoice, showError: (error: unknown) => void) => void;
  onCancel: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [contact, setContact] = useState<ContactDraft>(EMPTY_CONTACT);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const choice = validate(ZContactChoice, contactChoiceOf(contact));
    if (!choice) return focusFirstInvalid(formRef.current);
    onSubmit(choice, showError);
  }

  return (
    <form ref={formRef} onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormError message={formError} />
        <ContactChoiceFields value={contact} onChange={setContact} errorFor={errorFor} />
        <Group>
          <Button type="submit" size="md" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" size="md" onClick={onCancel}>
            Not now
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
