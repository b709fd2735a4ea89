import { Card, Checkbox, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { ZPartnerContact } from '#shared/contracts/profile.ts';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { usePartnerContact, type PartnerContactSettings } from '../api/get-partner-contact.ts';
import { useSavePartnerContact } from '../api/save-partner-contact.ts';

const FIELDS = ['email', 'phone', 'note'] as const;

function PartnerContactForm({ saved }: { saved: PartnerContactSettings }) {
  const { orgId } = useCurrentOrg();
  const save = useSavePartnerContact(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [shareEmail, setShareEmail] = useState(saved.email !== null);
  const [email, setEmail] = useState(saved.email ?? saved.accountEmail);
  const [phone, setPhone] = useState(saved.phone ?? '');
  const [note, setNote] = useState(saved.note ?? '');

  function changed<T>(set: (value: T) => void) {
    return (value: T) => {
      set(value);
      save.reset();
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZPartnerContact, {
      email: shareEmail ? email.trim() : null,
      phone: phone.trim() || null,
      note: note.trim() || null,
    });
    if (body) save.mutate(body, { onError: showError });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          Until Kindred has messages, this is how your mentor or mentee gets in touch. Only the person you are paired
          with sees it, in your pair space and the e-mail that introduces you; coordinators and admins do not. All of it
          is optional.
        </Text>
        <FormError message={formError} />
        <Checkbox
          size="md"
          label="Share an e-mail address"
          checked={shareEmail}
          onChange={(e) => changed(setShareEmail)(e.currentTarget.checked)}
        />
        {shareEmail && (
          <TextInput
            label="E-mail to share"
            description="Your account's address to start with; any address you read will do."
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => changed(setEmail)(e.currentTarget.value)}
            error={errorFor('email')}
          />
        )}
        <TextInput
          label="Phone number"
          description="Leave it empty to keep it to yourself."
          type="tel"
          autoComplete="tel"
          value={phone}
          onChange={(e) => changed(setPhone)(e.currentTarget.value)}
          error={errorFor('phone')}
        />
        <Textarea
          label="A short note"
          description="For example: text first; I'm on nights this week."
          autosize
          minRows={2}
          maxLength={200}
          value={note}
          onChange={(e) => changed(setNote)(e.currentTarget.value)}
          error={errorFor('note')}
        />
        <SaveButton pending={save.isPending} saved={save.isSuccess}>
          Save how to reach me
        </SaveButton>
      </Stack>
    </form>
  );
}

/** Issue 11 item 4: what a person shares with a mentoring partner, and nobody else. */
export function PartnerContactSection() {
  const { orgId } = useCurrentOrg();
  const contact = usePartnerContact(orgId);
  const { hash } = useLocation();
  const card = useRef<HTMLElement>(null);
  const loaded = contact.data !== undefined;
  // The pair space links here (#partner-contact): bring the section into view once it has its form.
  useEffect(() => {
    if (hash === '#partner-contact' && loaded) card.current?.scrollIntoView({ block: 'start' });
  }, [hash, loaded]);
  return (
    <Card
      ref={card}
      withBorder
      padding="lg"
      component="section"
      aria-labelledby="partner-contact-heading"
      id="partner-contact"
      style={{ scrollMarginTop: 80 }}
    >
      <Title order={2} size="h3" id="partner-contact-heading" mb="md">
        How a mentoring partner can reach you
      </Title>
      {contact.isPending && <PageLoader label="Loading" />}
      {contact.isError && <QueryError error={contact.error} onRetry={() => void contact.refetch()} />}
      {contact.data && <PartnerContactForm saved={contact.data} />}
    </Card>
  );
}
