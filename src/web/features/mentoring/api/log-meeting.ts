import type { z } from 'zod';
import type { Pair, ZMeetingLog } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';
import { usePairWrite } from './get-pair.ts';

export type MeetingLog = z.output<typeof ZMeetingLog>;

/** Records that a scheduled meeting happened: when, how, and the topics from the list; nothing clinical. */
export function logMeeting(orgId: string, pairId: string, meetingId: string, body: MeetingLog): Promise<Pair> {
  return api(`/api/orgs/${orgId}/mentoring/pairs/${pairId}/meetings/${meetingId}`, { method: 'PUT', body });
}

export function useLogMeeting(orgId: string, pairId: string) {
  return usePairWrite(orgId, pairId, ({ meetingId, ...body }: MeetingLog & { meetingId: string }) =>
    logMeeting(orgId, pairId, meetingId, body),
  );
}
