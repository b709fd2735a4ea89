import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZPersonRef } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { programKey } from './query-keys.ts';

export type PersonRef = z.output<typeof ZPersonRef>;

/** Names of the program's possible mentors, for a mentee to prefer or to rule out. */
export function getMentorPool(orgId: string, programId: string): Promise<{ people: PersonRef[] }> {
  return api(`/api/orgs/${orgId}/mentoring/programs/${programId}/mentor-pool`);
}

export function useMentorPool(orgId: string, programId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...programKey(orgId, programId), 'mentor-pool'],
    queryFn: () => getMentorPool(orgId, programId),
    select: (data) => data.people,
    enabled,
  });
}
