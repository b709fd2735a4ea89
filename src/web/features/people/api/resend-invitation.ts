import { useMutation } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';
import type { InvitationSent } from './invite-person.ts';

export function resendInvitation(orgId: string, personId: string): Promise<InvitationSent> {
  return api(`/api/orgs/${orgId}/people/${personId}/invitation`, { method: 'POST' });
}

export function useResendInvitation(orgId: string) {
  return useMutation({ mutationFn: (personId: string) => resendInvitation(orgId, personId) });
}
