import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useCompletePasswordReset } from '../api/complete-password-reset.ts';
import { AuthForm, AuthNoticePage } from './auth-form.tsx';
import { NewPasswordFields } from './new-password-fields.tsx';
import { ZNewPassword } from './new-password.ts';

const FIELDS = ['password', 'confirm'] as const;

export function ResetPasswordPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const completeReset = useCompletePasswordReset();
  const { fieldErrors, formError, validate, showError } = useFormErrors(FIELDS);
  const [newPassword, setNewPassword] = useState({ password: '', confirm: '' });

  function submit() {
    const values = validate(ZNewPassword, newPassword);
    if (values) completeReset.mutate({ token, password: values.password }, { onError: showError });
  }

  const linkInvalid =
    isApiError(completeReset.error) &&
    (completeReset.error.code === 'invalid_token' || completeReset.error.field === 'token');
  if (!token || linkInvalid) {
    return (
      <AuthNoticePage
        heading="This link has expired"
        tone="expired"
        next={{ to: '/forgot-password', label: 'Send me a new link' }}
      >
        Password reset links work once and for a limited time. Ask for a new one and use the latest e-mail.
      </AuthNoticePage>
    );
  }

  if (completeReset.isSuccess) {
    return (
      <AuthNoticePage heading="Password changed" tone="done" next={{ to: '/sign-in', label: 'Sign in', button: true }}>
        Your new password is ready. You can sign in with it now.
      </AuthNoticePage>
    );
  }

  return (
    <>
      <PageHeader
        title="Choose a new password"
        description="Use at least 10 characters. A short sentence is easy to remember and hard to guess."
      />
      <AuthForm
        onSubmit={submit}
        formError={formError}
        pending={completeReset.isPending}
        submitLabel="Save new password"
      >
        <NewPasswordFields {...newPassword} label="New password" onChange={setNewPassword} fieldErrors={fieldErrors} />
      </AuthForm>
    </>
  );
}
