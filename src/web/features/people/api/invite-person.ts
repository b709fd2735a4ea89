import type { z } from 'zod';
import type { ZInvitationBody, ZInvitationSent } from '#shared/contracts/people.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peopleQueryKey } from './get-people.ts';

export type InvitationBody = z.output<typeof ZInvitationBody>;
export type InvitationSent = z.output<typeof ZInvitationSent>;

export function invitePerson(orgId: string, body: InvitationBody): Promise<InvitationSent> {
  return api(`/api/orgs/${orgId}/invitations`, { method: 'POST', body });
}

export function useInvitePerson(orgId: string) {
  return useInvalidatingMutation((body: InvitationBody) => invitePerson(orgId, body), peopleQueryKey(orgId));
}
