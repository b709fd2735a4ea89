import { Checkbox, SimpleGrid } from '@mantine/core';
import { ROLE_LABELS, ROLES, type Role } from '#shared/contracts/common.ts';

export function RoleCheckboxes({
  value,
  onChange,
  error,
}: {
  value: Role[];
  onChange: (roles: Role[]) => void;
  error?: string;
}) {
  return (
    <Checkbox.Group
      label="Roles"
      value={value}
      onChange={(roles) => onChange(roles as Role[])}
      error={error}
      withAsterisk
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={ROLE_LABELS[role]} size="md" />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
