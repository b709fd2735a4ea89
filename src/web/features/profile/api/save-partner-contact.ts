import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PartnerContact } from '#shared/contracts/profile.ts';
import { api } from '#web/lib/api-client.ts';
import { pairsKey } from '#web/features/mentoring/api/query-keys.ts';
import { partnerContactQueryKey, type PartnerContactSettings } from './get-partner-contact.ts';

export function savePartnerContact(orgId: string, body: PartnerContact): Promise<PartnerContactSettings> {
  return api(`/api/orgs/${orgId}/me/partner-contact`, { method: 'PUT', body });
}

export function useSavePartnerContact(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PartnerContact) => savePartnerContact(orgId, body),
    // The pair space shows what the person shares: it reads it afresh.
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: partnerContactQueryKey(orgId) }),
        queryClient.invalidateQueries({ queryKey: pairsKey(orgId) }),
      ]),
  });
}
