import { Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { z } from 'zod';
import { ZName } from '#shared/contracts/common.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useAcceptInvitation, type AcceptInvitationRequest } from '../api/accept-invitation.ts';
import { useInvitation, type InvitationView } from '../api/get-invitation.ts';
import { AuthForm, AuthNoticePage } from './auth-form.tsx';
import { NewPasswordFields } from './new-password-fields.tsx';
import { ZNewPassword } from './new-password.ts';

const FIELDS = ['name', 'password', 'confirm'] as const;

export function InvitationPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const invitation = useInvitation(token);

  // 404: unknown or expired; 400: not even the shape of a token (a link cut short by a mail program).
  if (!token || (isApiError(invitation.error) && [400, 404].includes(invitation.error.status))) {
    return (
      <AuthNoticePage
        heading="This invitation has expired"
        tone="expired"
        next={{ to: '/sign-in', label: 'Go to sign in' }}
      >
        Invitations work once and for a limited time. Ask the person who invited you to send a new one. If you already
        accepted it, sign in instead.
      </AuthNoticePage>
    );
  }
  if (invitation.isPending) return <PageLoader label="Opening your invitation" />;
  if (invitation.isError) return <QueryError error={invitation.error} onRetry={() => void invitation.refetch()} />;
  return <AcceptInvitationForm token={token} invitation={invitation.data} />;
}

function AcceptInvitationForm({ token, invitation }: { token: string; invitation: InvitationView }) {
  const navigate = useNavigate();
  const accept = useAcceptInvitation();
  const { fieldErrors, formError, validate, showError } = useFormErrors(FIELDS);
  const [name, setName] = useState(invitation.name);
  const [newPassword, setNewPassword] = useState({ password: '', confirm: '' });

  function submit() {
    let request: AcceptInvitationRequest | null;
    if (invitation.hasPassword) {
      const values = validate(z.object({ name: ZName }), { name });
      request = values && { token, name: values.name };
    } else {
      const values = validate(z.object({ name: ZName }).and(ZNewPassword), { name, ...newPassword });
      request = values && { token, name: values.name, password: values.password };
    }
    if (!request) return;
    accept.mutate(request, {
      onSuccess: (session) => {
        const membership = session.memberships.find((m) => m.orgName === invitation.orgName) ?? session.memberships[0];
        void navigate(membership ? `/o/${membership.orgId}` : '/', { replace: true });
      },
      onError: showError,
    });
  }

  return (
    <>
      <PageHeader
        title={`Join ${invitation.orgName} on Kindred`}
        description={`You were invited as ${invitation.email}.`}
      />
      <AuthForm
        onSubmit={submit}
        formError={formError}
        pending={accept.isPending}
        submitLabel={`Join ${invitation.orgName}`}
      >
        <TextInput
          label="Your name"
          description="As you would like your peers to see it."
          autoComplete="name"
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldErrors.name}
        />
        {invitation.hasPassword ? (
          <Text size="sm">
            You already have a Kindred password; you will use it to sign in to {invitation.orgName} too.
          </Text>
        ) : (
          <NewPasswordFields
            {...newPassword}
            label="Choose a password"
            description="At least 10 characters."
            onChange={setNewPassword}
            fieldErrors={fieldErrors}
          />
        )}
      </AuthForm>
    </>
  );
}
