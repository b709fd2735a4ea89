import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZFacilitation } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { facilitationKey } from './query-keys.ts';

export type Facilitation = z.output<typeof ZFacilitation>;
export type FacilitatedSession = Facilitation['sessions'][number];

/** A group its facilitator runs: members, the session plan, the last 90 days of sessions with their logs, supervision. */
export function getFacilitation(orgId: string, groupId: string): Promise<Facilitation> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/facilitation`);
}

export function useFacilitation(orgId: string, groupId: string) {
  return useQuery({ queryKey: facilitationKey(orgId, groupId), queryFn: () => getFacilitation(orgId, groupId) });
}

/** A facilitator's write to their group, after which the facilitation view is fetched again. */
export function useFacilitationWrite<TVariables, TData>(
  orgId: string,
  groupId: string,
  write: (variables: TVariables) => Promise<TData>,
) {
  return useInvalidatingMutation(write, facilitationKey(orgId, groupId));
}
