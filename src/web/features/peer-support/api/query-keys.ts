/** Every "Talk to a peer" query lives under one key per organisation, so a write can refresh what it touched. */
export const peerSupportKey = (orgId: string) => ['orgs', orgId, 'peer-support'] as const;

/** The member's side: their overview (requests, offers, debrief invitations) and each request with its chat. */
export const talkKey = (orgId: string) => [...peerSupportKey(orgId), 'talk'] as const;
export const myRequestKey = (orgId: string, requestId: string) => [...talkKey(orgId), 'requests', requestId] as const;

/** The supporter's side: the inbox, each request they were offered or took, and their own care. */
export const supportingKey = (orgId: string) => [...peerSupportKey(orgId), 'supporting'] as const;
export const supporterRequestKey = (orgId: string, requestId: string) =>
  [...supportingKey(orgId), 'requests', requestId] as const;
export const supporterSelfKey = (orgId: string) => [...supportingKey(orgId), 'me'] as const;
