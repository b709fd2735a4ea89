/** Every coordinator query of peer support group programs lives under one key per organisation, so a write can refresh what it touched. */
export const groupProgramsKey = (orgId: string) => ['orgs', orgId, 'group-programs'] as const;
export const groupProgramKey = (orgId: string, programId: string) => [...groupProgramsKey(orgId), programId] as const;
