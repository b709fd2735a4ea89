import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Organisation } from '#shared/contracts/organisation.ts';
import { api } from '#web/lib/api-client.ts';
import { sessionQueryKey } from '#web/lib/query-client.ts';
import { organisationQueryKey } from './get-organisation.ts';

export interface OrganisationUpdate {
  name: string;
  timeZone: string;
}

export function updateOrganisation(orgId: string, body: OrganisationUpdate): Promise<Organisation> {
  return api(`/api/orgs/${orgId}`, { method: 'PATCH', body });
}

export function useUpdateOrganisation(orgId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganisationUpdate) => updateOrganisation(orgId, body),
    onSuccess: (organisation) => {
      queryClient.setQueryData(organisationQueryKey(orgId), organisation);
      // The organisation's name also appears in the session's memberships (the switcher).
      return queryClient.invalidateQueries({ queryKey: sessionQueryKey });
    },
  });
}
