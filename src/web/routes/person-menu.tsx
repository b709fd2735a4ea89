import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useSignOut } from '#web/features/auth/api/sign-out.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function PersonMenu() {
  const { person, orgId } = useCurrentOrg();
  const signOut = useSignOut();
  const navigate = useNavigate();

  return (
    <Menu position="bottom-end" width={240} withinPortal>
      <Menu.Target>
        <UnstyledButton
          aria-label={`Your account: ${person.name}`}
          style={{ borderRadius: 'var(--mantine-radius-xl)', minHeight: 44 }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="kindred" radius="xl" aria-hidden>
              {initials(person.name)}
            </Avatar>
            <Text fw={600} visibleFrom="md" truncate="end" maw={160}>
              {person.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{person.email}</Menu.Label>
        <Menu.Item component={Link} to={`/o/${orgId}/profile`}>
          My profile
        </Menu.Item>
        <Menu.Item
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in', { replace: true }) })}
        >
          Sign out
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
