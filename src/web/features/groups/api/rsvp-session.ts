import type { z } from 'zod';
import type { ZRsvp, ZSession } from '#shared/contracts/groups.ts';
import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { memberGroupsKey } from './query-keys.ts';

export type Rsvp = z.output<typeof ZRsvp>;

/** Says whether the person will come; they can change their mind until the session starts. */
export function rsvpSession(
  orgId: string,
  groupId: string,
  sessionId: string,
  response: Rsvp,
): Promise<z.output<typeof ZSession>> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/sessions/${sessionId}/rsvp`, { method: 'PUT', body: { response } });
}

export function useRsvpSession(orgId: string, groupId: string) {
  return useInvalidatingMutation(
    ({ sessionId, response }: { sessionId: string; response: Rsvp }) =>
      rsvpSession(orgId, groupId, sessionId, response),
    memberGroupsKey(orgId),
  );
}
