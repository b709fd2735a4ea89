import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZPartnerContactSettings } from '#shared/contracts/profile.ts';
import { api } from '#web/lib/api-client.ts';

export type PartnerContactSettings = z.infer<typeof ZPartnerContactSettings>;

export const partnerContactQueryKey = (orgId: string) => ['orgs', orgId, 'me', 'partner-contact'] as const;

/** What the person shares with a mentoring partner, and their account e-mail to offer. */
export function getPartnerContact(orgId: string): Promise<PartnerContactSettings> {
  return api(`/api/orgs/${orgId}/me/partner-contact`);
}

export function usePartnerContact(orgId: string) {
  return useQuery({ queryKey: partnerContactQueryKey(orgId), queryFn: () => getPartnerContact(orgId) });
}
