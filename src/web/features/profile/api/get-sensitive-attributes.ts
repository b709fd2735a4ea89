import { useQuery } from '@tanstack/react-query';
import type { SensitiveAttributes } from '#shared/contracts/profile.ts';
import { api } from '#web/lib/api-client.ts';

export const sensitiveAttributesQueryKey = (orgId: string) => ['orgs', orgId, 'me', 'sensitive'] as const;

/** Readable by their owner only, never by an admin (privacy rule 2). */
export function getSensitiveAttributes(orgId: string): Promise<SensitiveAttributes> {
  return api(`/api/orgs/${orgId}/me/sensitive`);
}

export function useSensitiveAttributes(orgId: string) {
  return useQuery({ queryKey: sensitiveAttributesQueryKey(orgId), queryFn: () => getSensitiveAttributes(orgId) });
}
