import type { z } from 'zod';
import type { Person, ZPersonUpdate } from '#shared/contracts/people.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { peopleQueryKey } from './get-people.ts';

export type PersonUpdate = z.output<typeof ZPersonUpdate>;

export function updatePerson(orgId: string, personId: string, body: PersonUpdate): Promise<Person> {
  return api(`/api/orgs/${orgId}/people/${personId}`, { method: 'PATCH', body });
}

export function useUpdatePerson(orgId: string) {
  return useInvalidatingMutation(
    ({ id, ...body }: PersonUpdate & { id: string }) => updatePerson(orgId, id, body),
    peopleQueryKey(orgId),
  );
}
