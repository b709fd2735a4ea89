import { Select, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { SessionResponse } from '#shared/contracts/auth.ts';

/** Each organisation lives at its own URL; switching goes to the other one's home. */
export function OrgSwitcher({ memberships, orgId }: { memberships: SessionResponse['memberships']; orgId: string }) {
  const navigate = useNavigate();
  const current = memberships.find((m) => m.orgId === orgId);
  if (memberships.length < 2) {
    return (
      <Text fw={600} truncate="end">
        {current?.orgName}
      </Text>
    );
  }
  return (
    <Select
      aria-label="Organisation"
      data={memberships.map((m) => ({ value: m.orgId, label: m.orgName }))}
      value={orgId}
      allowDeselect={false}
      checkIconPosition="right"
      onChange={(value) => {
        if (value && value !== orgId) void navigate(`/o/${value}`);
      }}
      w={{ base: '100%', sm: 260 }}
    />
  );
}
