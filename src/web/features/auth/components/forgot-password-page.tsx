import { useState } from 'react';
import { ZPasswordResetRequest } from '#shared/contracts/auth.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useRequestPasswordReset } from '../api/request-password-reset.ts';
import { AuthForm, AuthNotice, EmailField } from './auth-form.tsx';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const requestReset = useRequestPasswordReset();
  const { fieldErrors, formError, validate, showError } = useFormErrors(FIELDS);
  const [email, setEmail] = useState('');

  function submit() {
    const body = validate(ZPasswordResetRequest, { email });
    if (body) requestReset.mutate(body, { onError: showError });
  }

  return (
    <>
      <PageHeader title="Forgot your password?" description="We will e-mail you a link to choose a new one." />
      {requestReset.isSuccess ? (
        <AuthNotice tone="done" title="Check your e-mail" next={{ to: '/sign-in', label: 'Back to sign in' }}>
          If an account exists for {email}, a link to reset your password is on its way. It may take a few minutes;
          check your junk folder too.
        </AuthNotice>
      ) : (
        <AuthForm
          onSubmit={submit}
          formError={formError}
          pending={requestReset.isPending}
          submitLabel="Send me a link"
          link={{ to: '/sign-in', label: 'Back to sign in' }}
        >
          <EmailField value={email} onChange={setEmail} error={fieldErrors.email} autoComplete="email" />
        </AuthForm>
      )}
    </>
  );
}
