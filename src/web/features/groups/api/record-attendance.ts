import { api } from '#web/lib/api-client.ts';
import { useFacilitationWrite } from './get-facilitation.ts';

/** Who came to a session that has started; those marked present are invited to its anonymous survey. */
export function recordAttendance(
  orgId: string,
  groupId: string,
  sessionId: string,
  personIds: string[],
): Promise<void> {
  return api(`/api/orgs/${orgId}/groups/${groupId}/sessions/${sessionId}/attendance`, {
    method: 'PUT',
    body: { personIds },
  });
}

export function useRecordAttendance(orgId: string, groupId: string) {
  return useFacilitationWrite(orgId, groupId, ({ sessionId, personIds }: { sessionId: string; personIds: string[] }) =>
    recordAttendance(orgId, groupId, sessionId, personIds),
  );
}
