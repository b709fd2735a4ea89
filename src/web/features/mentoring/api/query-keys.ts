/** Every mentoring query lives under one key per organisation, so a write can refresh what it touched. */
export const mentoringKey = (orgId: string) => ['orgs', orgId, 'mentoring'] as const;
export const programsKey = (orgId: string) => [...mentoringKey(orgId), 'programs'] as const;
export const programKey = (orgId: string, programId: string) => [...programsKey(orgId), programId] as const;
export const pairsKey = (orgId: string) => [...mentoringKey(orgId), 'pairs'] as const;
export const pairKey = (orgId: string, pairId: string) => [...pairsKey(orgId), pairId] as const;
export const trainingKey = (orgId: string) => ['orgs', orgId, 'training'] as const;
