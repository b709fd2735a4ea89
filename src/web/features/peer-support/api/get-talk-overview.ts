import { useQuery } from '@tanstack/react-query';
import type { TalkOverview } from '#shared/contracts/peer-support.ts';
import { api } from '#web/lib/api-client.ts';
import { talkKey } from './query-keys.ts';

/** The member's "Talk to a peer" page: the program's times, their requests, offers and debrief invitations. */
export function getTalkOverview(orgId: string): Promise<TalkOverview> {
  return api(`/api/orgs/${orgId}/talk`);
}

export function useTalkOverview(orgId: string) {
  return useQuery({ queryKey: [...talkKey(orgId), 'overview'], queryFn: () => getTalkOverview(orgId) });
}
