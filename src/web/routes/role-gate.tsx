import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Role } from '#shared/contracts/common.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';

/** The people who hold a role, as a sentence names them. */
const HOLDERS: Record<Role, string> = {
  member: 'members',
  peer_supporter: 'peer supporters',
  facilitator: 'facilitators',
  supervisor: 'supervisors',
  wellbeing_lead: 'wellbeing leads',
  coordinator: 'coordinators',
  org_admin: 'organisation admins',
};

/** "organisation admins", "coordinators and organisation admins", "a, b and c". */
function holdersOf(roles: readonly Role[]): string {
  const names = roles.map((role) => HOLDERS[role]);
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Hides a page from roles that cannot use it; the API enforces the same rule on every call. */
export function RoleGate({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const org = useCurrentOrg();
  if (hasRole(org, ...roles)) return children;
  return (
    <>
      <PageHeader title="Not available" />
      <Text>This page is for {holdersOf(roles)}. If you need it, ask your organisation admin.</Text>
    </>
  );
}
