import { Alert, Badge, Button, Card, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { Group } from '#shared/contracts/groups.ts';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { todayIn } from '#web/lib/org-time.ts';
import type { GroupProgram } from '../api/get-group-program.ts';
import { GroupFormModal } from './group-form-modal.tsx';
import { nextSessionText, scheduleText } from './program-schedule.ts';

const places = (g: Group) => `${g.members} of ${g.maxMembers}${g.offered > 0 ? ` (${g.offered} offered)` : ''}`;

function Facilitators({ group }: { group: Group }) {
  if (group.facilitators.length > 0) return <>{group.facilitators.map((f) => f.name).join(', ')}</>;
  return (
    // Filled and dark, so it reads on a striped row too.
    <Badge color="#9c3a0a" variant="filled" radius="sm">
      None yet
    </Badge>
  );
}

/** The program's groups: places, wait-list, facilitators and the next session, each one editable. */
export function ProgramGroupsTab({ program }: { program: GroupProgram }) {
  const { timeZone } = useCurrentOrg();
  const today = todayIn(timeZone);
  const [editing, setEditing] = useState<Group | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const groups = [...program.groups].sort((a, b) => a.name.localeCompare(b.name));
  const editButton = (group: Group) => (
    <Button variant="default" size="xs" onClick={() => setEditing(group)} aria-label={`Edit: ${group.name}`}>
      Edit
    </Button>
  );

  return (
    <Section title="Groups" actions={<Button onClick={() => setEditing('new')}>New group</Button>}>
      <Stack gap="md">
        {notice && (
          <Alert
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Dismiss"
            onClose={() => setNotice(null)}
          >
            {notice}
          </Alert>
        )}
        {groups.length === 0 ? (
          <Text c="dimmed">
            No groups yet. Add the first one: its sessions are scheduled as soon as you save it, and eligible members
            can join.
          </Text>
        ) : (
          <>
            <ScrollableTable label="Groups" minWidth={900} visibleFrom="md">
              <Table verticalSpacing="sm" striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Group</Table.Th>
                    <Table.Th scope="col">Members</Table.Th>
                    <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                      Wait-list
                    </Table.Th>
                    <Table.Th scope="col">Facilitators</Table.Th>
                    <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
                      Next session
                    </Table.Th>
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {groups.map((group) => (
                    <Table.Tr key={group.id}>
                      <Table.Th scope="row">
                        <Text fw={600}>{group.name}</Text>
                        <Text size="sm" c="dimmed" fw={400}>
                          {scheduleText(group)}
                        </Text>
                      </Table.Th>
                      <Table.Td>{places(group)}</Table.Td>
                      <Table.Td>{group.waiting}</Table.Td>
                      <Table.Td>
                        <Facilitators group={group} />
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{nextSessionText(group, today)}</Table.Td>
                      <Table.Td>{editButton(group)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollableTable>
            <Stack hiddenFrom="md" gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
              {groups.map((group) => (
                <Card key={group.id} component="li" withBorder padding="md">
                  <Text fw={700}>{group.name}</Text>
                  <Text size="sm" c="dimmed">
                    {scheduleText(group)}
                  </Text>
                  <Text size="sm" mt="xs">
                    Members: {places(group)} · Wait-list: {group.waiting}
                  </Text>
                  <Text size="sm">Next session: {nextSessionText(group, today)}</Text>
                  <Text size="sm" component="div">
                    Facilitators: <Facilitators group={group} />
                  </Text>
                  <Stack mt="sm" align="flex-start">
                    {editButton(group)}
                  </Stack>
                </Card>
              ))}
            </Stack>
          </>
        )}
      </Stack>
      {editing && (
        <GroupFormModal
          programId={program.id}
          group={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(group) => {
            setNotice(
              editing === 'new'
                ? `${group.name} is ready, with its sessions scheduled. Members it is open to can now join.`
                : `${group.name} is saved. Members get updated invites if the schedule changed.`,
            );
            setEditing(null);
          }}
        />
      )}
    </Section>
  );
}
