import { useQuery } from '@tanstack/react-query';
import { api } from '#web/lib/api-client.ts';
import { groupProgramKey } from './program-query-keys.ts';

export interface InterestedPerson {
  person: { id: string; name: string };
  departmentId: string | null;
  preferredGroupIds: string[];
  /** Time slots they are free (weekday_evenings, …); none given means any. */
  availability: string[];
}

/** Members who asked to be placed in a group of the program, first asked first. */
export function getGroupInterest(orgId: string, programId: string): Promise<{ people: InterestedPerson[] }> {
  return api(`/api/orgs/${orgId}/group-programs/${programId}/interest`);
}

export function useGroupInterest(orgId: string, programId: string) {
  return useQuery({
    queryKey: [...groupProgramKey(orgId, programId), 'interest'],
    queryFn: () => getGroupInterest(orgId, programId),
    select: (data) => data.people,
  });
}
