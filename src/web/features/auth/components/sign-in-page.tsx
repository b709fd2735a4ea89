import { useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useSession } from '../api/get-session.ts';
import { useSignIn } from '../api/sign-in.ts';
import { AuthForm, EmailField } from './auth-form.tsx';
import { PasswordField } from './new-password-fields.tsx';
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

  function submit() {
    // Checked by hand rather than with the shared zod contract to keep zod out of the first download;
    // the server validates the same contract and names the field that is wrong.
    const missing = {
      email: email.trim() ? undefined : 'Enter your e-mail',
      password: password ? undefined : 'Enter your password',
    };
    if (!checkRequired(missing)) return;
    signIn.mutate(
      { email: email.trim(), password },
      { onSuccess: () => void navigate(next, { replace: true }), onError: showError },
    );
  }

  return (
    <>
      <PageHeader
        title="Sign in"
        description="Peer mentoring and peer support for junior doctors and medical students."
      />
      <AuthForm
        onSubmit={submit}
        formError={formError}
        pending={signIn.isPending}
        submitLabel="Sign in"
        link={{ to: '/forgot-password', label: 'Forgot your password?' }}
      >
        <EmailField value={email} onChange={setEmail} error={fieldErrors.email} autoComplete="username" />
        <PasswordField
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          error={fieldErrors.password}
        />
      </AuthForm>
    </>
  );
}
