import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError } from '#web/components/query-state.tsx';

interface AuthFormProps {
  onSubmit: () => void;
  /** What went wrong that belongs to no one field. */
  formError: string | null;
  pending: boolean;
  submitLabel: ReactNode;
  /** A way elsewhere below the button ("Forgot your password?"). */
  link?: { to: string; label: string };
  children: ReactNode;
}

/** The card every signed-out form sits in: what went wrong, the fields, one wide button and perhaps a way elsewhere. */
export function AuthForm({ onSubmit, formError, pending, submitLabel, link, children }: AuthFormProps) {
  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit();
  }
  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
      <Stack>
        <FormError message={formError} />
        {children}
        <Button type="submit" loading={pending} fullWidth>
          {submitLabel}
        </Button>
        {link && (
          <Anchor component={Link} to={link.to} ta="center">
            {link.label}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}

interface AuthNoticeProps {
  /** `done` says something worked (politely, as a status); `expired` that a link no longer works (as an alert). */
  tone: 'done' | 'expired';
  title?: string;
  children: ReactNode;
  /** Where to go from here; a button when it is the one thing to do next. */
  next: { to: string; label: string; button?: boolean };
}

/** Says where a signed-out person stands (an e-mail sent, a link expired) and where to go next. */
export function AuthNotice({ tone, title, children, next }: AuthNoticeProps) {
  return (
    <Alert
      color={tone === 'done' ? 'kindred' : 'orange'}
      variant="light"
      title={title}
      role={tone === 'done' ? 'status' : 'alert'}
    >
      <Stack gap="sm">
        <Text size="sm">{children}</Text>
        {next.button ? (
          <Button component={Link} to={next.to} size="sm" w="fit-content">
            {next.label}
          </Button>
        ) : (
          <Anchor component={Link} to={next.to} size="sm">
            {next.label}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

/** A page that is only a notice under its heading. */
export function AuthNoticePage({ heading, ...notice }: AuthNoticeProps & { heading: string }) {
  return (
    <>
      <PageHeader title={heading} />
      <AuthNotice {...notice} />
    </>
  );
}

interface EmailFieldProps {
  value: string;
  onChange: (email: string) => void;
  error: string | undefined;
  /** `username` where the address names the account (signing in), `email` where it is where to write. */
  autoComplete: 'username' | 'email';
}

/** The e-mail address a person signs in with. */
export function EmailField({ value, onChange, error, autoComplete }: EmailFieldProps) {
  return (
    <TextInput
      label="E-mail"
      type="email"
      autoComplete={autoComplete}
      required
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={error}
    />
  );
}
