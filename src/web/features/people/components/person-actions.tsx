import { Button, Menu } from '@mantine/core';
import type { Person } from '#shared/contracts/people.ts';

export interface PersonActionHandlers {
  onEdit: (person: Person) => void;
  onResend: (person: Person) => void;
  onRemove: (person: Person) => void;
  onAssessors: (person: Person) => void;
}

export function PersonActions({
  person,
  onEdit,
  onResend,
  onRemove,
  onAssessors,
}: { person: Person } & PersonActionHandlers) {
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" size="sm" aria-label={`Actions for ${person.name}`} style={{ flexShrink: 0 }}>
          Actions
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => onEdit(person)}>Edit roles and placement</Menu.Item>
        <Menu.Item onClick={() => onAssessors(person)}>Supervisors and assessors</Menu.Item>
        {person.status === 'invited' && (
          <Menu.Item onClick={() => onResend(person)}>Send the invitation again</Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item c="red.9" onClick={() => onRemove(person)}>
          Remove from organisation
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
