import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZRoster } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { leadKey } from './lead-query-keys.ts';

export type Roster = z.output<typeof ZRoster>;

export const rosterKey = (orgId: string) => [...leadKey(orgId), 'roster'] as const;

/** The weekly on-call slots with their standing supporters, and the shifts of the next 14 days made from them. */
export function getRoster(orgId: string): Promise<Roster> {
  return api(`/api/orgs/${orgId}/peer-support/roster`);
}

export function useRoster(orgId: string) {
  return useQuery({ queryKey: rosterKey(orgId), queryFn: () => getRoster(orgId) });
}
