import { Alert, Anchor, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ZPasswordResetRequest } from '#shared/contracts/auth.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const requestReset = useRequestPasswordReset();
  const { fieldErrors, formError, validate, showError } = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZPasswordResetRequest, { email });
    if (body) requestReset.mutate(body, { onError: showError });
  }

  return (
    <>
      <PageHeader title="Forgot your password?" description="We will e-mail you a link to choose a new one." />
      {requestReset.isSuccess ? (
        <Alert color="kindred" variant="light" title="Check your e-mail" role="status">
          <Stack gap="sm">
            <Text size="sm">
              If an account exists for {email}, a link to reset your password is on its way. It may take a few minutes; check your junk folder too.
            </Text>
            <Anchor component={Link} to="/sign-in" size="sm">
              Back to sign in
            </Anchor>
          </Stack>
        </Alert>
      ) : (
        <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
          <Stack>
            <FormError message={formError} />
            <TextInput
              label="E-mail"
              type="email"
              autoComplete="email"
              required
              value={email}
              onChange={(e) => setEmail(e.currentTarget.value)}
              error={fieldErrors.email}
            />
            <Button type="submit" loading={requestReset.isPending} fullWidth>
              Send me a link
            </Button>
            <Anchor component={Link} to="/sign-in" ta="center">
              Back to sign in
            </Anchor>
          </Stack>
        </Paper>
      )}
    </>
  );
}
