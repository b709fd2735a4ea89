import { Anchor, Button, Paper, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useSession } from '../api/get-session.ts';
import { useSignIn } from '../api/sign-in.ts';
import { safeNextPath } from './safe-next-path.ts';

const FIELDS = ['email', 'password'] as const;

export function SignInPage() {
  const [searchParams] = useSearchParams();
  const next = safeNextPath(searchParams.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const signIn = useSignIn();
  const { fieldErrors, formError, checkRequired, showError } = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  if (session.data && !signIn.isSuccess) return <Navigate to={next} replace />;

  function submit(event: FormEvent) {
    event.preventDefault();
    // Checked by hand rather than with the shared zod contract to keep zod out of the first download;
    // the server validates the same contract and names the field that is wrong.
    const missing = { email: email.trim() ? undefined : 'Enter your e-mail', password: password ? undefined : 'Enter your password' };
    if (!checkRequired(missing)) return;
    signIn.mutate({ email: email.trim(), password }, { onSuccess: () => void navigate(next, { replace: true }), onError: showError });
  }

  return (
    <>
      <PageHeader title="Sign in" description="Peer mentoring and peer support for junior doctors and medical students." />
      <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
        <Stack>
          <FormError message={formError} />
          <TextInput
            label="E-mail"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={fieldErrors.email}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
            error={fieldErrors.password}
          />
          <Button type="submit" loading={signIn.isPending} fullWidth>
            Sign in
          </Button>
          <Anchor component={Link} to="/forgot-password" ta="center">
            Forgot your password?
          </Anchor>
        </Stack>
      </Paper>
    </>
  );
}
