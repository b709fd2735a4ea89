import type { z } from 'zod';
import type { Site, ZSiteBody } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { sitesQueryKey } from './get-sites.ts';

export type SiteFields = z.output<typeof ZSiteBody>;

export function createSite(orgId: string, body: SiteFields): Promise<Site> {
  return api(`/api/orgs/${orgId}/sites`, { method: 'POST', body });
}

export function useCreateSite(orgId: string) {
  return useInvalidatingMutation((body: SiteFields) => createSite(orgId, body), sitesQueryKey(orgId));
}
