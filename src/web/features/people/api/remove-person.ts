import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peopleQueryKey } from './get-people.ts';

/** Removes the person from this organisation only; their account and other memberships stay. */
export function removePerson(orgId: string, personId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/people/${personId}`, { method: 'DELETE' });
}

export function useRemovePerson(orgId: string) {
  return useInvalidatingMutation((personId: string) => removePerson(orgId, personId), peopleQueryKey(orgId));
}
