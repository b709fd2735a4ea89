import { Alert, Anchor, Button, Paper, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useCompletePasswordReset } from '../api/complete-password-reset.ts';
import { ZNewPassword } from './new-password.ts';

const FIELDS = ['password', 'confirm'] as const;

export function ResetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const completeReset = useCompletePasswordReset();
  const { fieldErrors, formError, validate, showError } = useFormErrors(FIELDS);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const values = validate(ZNewPassword, { password, confirm });
    if (values) completeReset.mutate({ token, password: values.password }, { onError: showError });
  }

  const linkInvalid = isApiError(completeReset.error) && (completeReset.error.code === 'invalid_token' || completeReset.error.field === 'token');
  if (!token || linkInvalid) {
    return (
      <>
        <PageHeader title="This link has expired" />
        <Alert color="orange" variant="light" role="alert">
          <Stack gap="sm">
            <Text size="sm">Password reset links work once and for a limited time. Ask for a new one and use the latest e-mail.</Text>
            <Anchor component={Link} to="/forgot-password" size="sm">
              Send me a new link
            </Anchor>
          </Stack>
        </Alert>
      </>
    );
  }

  if (completeReset.isSuccess) {
    return (
      <>
        <PageHeader title="Password changed" />
        <Alert color="kindred" variant="light" role="status">
          <Stack gap="sm">
            <Text size="sm">Your new password is ready. You can sign in with it now.</Text>
            <Button component={Link} to="/sign-in" size="sm" w="fit-content">
              Sign in
            </Button>
          </Stack>
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageHeader title="Choose a new password" description="Use at least 10 characters. A short sentence is easy to remember and hard to guess." />
      <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <PasswordInput
            label="New password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldErrors.password}
          />
          <PasswordInput
            label="Type it again"
            autoComplete="new-password"
            required
            value={confirm}
            onChange={(e) => setConfirm(e.currentTarget.value)}
            error={fieldErrors.confirm}
          />
          <Button type="submit" loading={completeReset.isPending} fullWidth>
            Save new password
          </Button>
        </Stack>
      </Paper>
    </>
  );
}
