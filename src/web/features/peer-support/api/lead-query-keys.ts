import { peerSupportKey, supportingKey } from './query-keys.ts';

/** The program lead's side: the program, the roster and its coverage, the supporters, debriefs and the report. */
export const leadKey = (orgId: string) => [...peerSupportKey(orgId), 'lead'] as const;
export const peerProgramKey = (orgId: string) => [...leadKey(orgId), 'program'] as const;

/** Debriefs and event flags as the person who asked for them sees them (supervisors, the safety team). */
export const debriefRequestsKey = (orgId: string) => [...peerSupportKey(orgId), 'debrief-requests'] as const;

/** Debriefs the signed-in supporter runs: under the supporter's side, so their writes refresh it too. */
export const assignedDebriefsKey = (orgId: string) => [...supportingKey(orgId), 'debriefs'] as const;
