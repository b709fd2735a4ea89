import type { Site } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { sitesQueryKey } from './get-sites.ts';
import type { SiteFields } from './create-site.ts';

export function updateSite(orgId: string, siteId: string, body: SiteFields): Promise<Site> {
  return api(`/api/orgs/${orgId}/sites/${siteId}`, { method: 'PATCH', body });
}

export function useUpdateSite(orgId: string) {
  return useInvalidatingMutation(
    ({ id, ...body }: SiteFields & { id: string }) => updateSite(orgId, id, body),
    sitesQueryKey(orgId),
  );
}
