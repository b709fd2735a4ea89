import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { sitesQueryKey } from './get-sites.ts';

/** Answers 409 `in_use` while people or other records still refer to it. */
export function deleteSite(orgId: string, siteId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/sites/${siteId}`, { method: 'DELETE' });
}

export function useDeleteSite(orgId: string) {
  return useInvalidatingMutation((siteId: string) => deleteSite(orgId, siteId), sitesQueryKey(orgId));
}
