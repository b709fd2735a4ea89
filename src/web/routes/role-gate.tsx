import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { ROLE_LABELS, type Role } from '#shared/contracts/common.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';

/** Hides a page from roles that cannot use it; the API enforces the same rule on every call. */
export function RoleGate({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const org = useCurrentOrg();
  if (hasRole(org, ...roles)) return children;
  return (
    <>
      <PageHeader title="Not available" />
      <Text>
        This page is for the roles {roles.map((role) => ROLE_LABELS[role]).join(' and ')}. If you need it, ask your organisation admin.
      </Text>
    </>
  );
}
