import { createContext, useContext } from 'react';
import type { Role } from '#shared/contracts/common.ts';

export interface CurrentOrg {
  orgId: string;
  orgName: string;
  timeZone: string;
  roles: readonly Role[];
  person: { id: string; name: string; email: string };
}

export const CurrentOrgContext = createContext<CurrentOrg | null>(null);

/** The organisation in the URL and the signed-in person's roles in it; provided by the app shell. */
export function useCurrentOrg(): CurrentOrg {
  const current = useContext(CurrentOrgContext);
  if (!current) throw new Error('useCurrentOrg is used outside the app shell');
  return current;
}

export function hasRole(org: Pick<CurrentOrg, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((role) => org.roles.includes(role));
}
