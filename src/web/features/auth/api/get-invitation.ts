import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZInvitationView } from '#shared/contracts/auth.ts';
import { api } from '#web/lib/api-client.ts';

export type InvitationView = z.infer<typeof ZInvitationView>;

export function getInvitation(token: string): Promise<InvitationView> {
  return api(`/api/auth/invitations/${encodeURIComponent(token)}`);
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => getInvitation(token),
    enabled: token !== '',
    staleTime: Infinity,
  });
}
