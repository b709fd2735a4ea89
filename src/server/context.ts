import type { Role } from '#shared/contracts/common.ts';

/** Who is calling, established once per request by the session and access plugins. */
export interface SignedInPerson {
  id: string;
  name: string;
  email: string;
}

export interface OrgContext {
  orgId: string;
  timeZone: string;
  roles: Role[];
}

/** What a service receives for an organisation route: an already-checked caller. */
export interface RequestContext {
  person: SignedInPerson;
  org: OrgContext;
}

/** Declared on every route (STYLE.md point 3): who may call it. */
export type Access =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'org'; roles: readonly Role[] | 'any-member' }
  | { kind: 'development-only' };

export const PUBLIC: Access = { kind: 'public' };
export const SIGNED_IN: Access = { kind: 'signed-in' };
export const ANY_MEMBER: Access = { kind: 'org', roles: 'any-member' };
export const DEVELOPMENT_ONLY: Access = { kind: 'development-only' };
export const orgRoles = (...roles: Role[]): Access => ({ kind: 'org', roles });
