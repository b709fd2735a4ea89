/** Every peer-group query of the member and facilitator pages lives under one key per organisation, so a write can refresh what it touched. */
export const groupsKey = (orgId: string) => ['orgs', orgId, 'groups'] as const;
/** Groups as a member sees them: the list and each group. */
export const memberGroupsKey = (orgId: string) => [...groupsKey(orgId), 'member'] as const;
export const memberGroupKey = (orgId: string, groupId: string) => [...memberGroupsKey(orgId), groupId] as const;
export const openSurveysKey = (orgId: string) => [...groupsKey(orgId), 'open-surveys'] as const;
/** Groups as their facilitator sees them. */
export const facilitatingKey = (orgId: string) => [...groupsKey(orgId), 'facilitating'] as const;
export const facilitationKey = (orgId: string, groupId: string) => [...facilitatingKey(orgId), groupId] as const;
