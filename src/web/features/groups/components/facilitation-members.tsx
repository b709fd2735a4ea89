import { List, Text } from '@mantine/core';
import { Section } from '#web/components/section.tsx';
import type { Facilitation } from '../api/get-facilitation.ts';

/** Who is in the group now, as the server names them; kept off every log. */
export function FacilitationMembers({ facilitation }: { facilitation: Facilitation }) {
  const { group, members } = facilitation;
  return (
    <Section title="Members">
      <Text size="sm" mb="xs">
        {members.length} of {group.maxMembers} places taken{group.offered > 0 ? `, ${group.offered} offered` : ''}
        {group.waiting > 0 ? `, ${group.waiting} on the wait-list` : ''}.
      </Text>
      {members.length === 0 ? (
        <Text c="dimmed">Nobody has joined yet.</Text>
      ) : (
        <List spacing={4}>
          {members.map((m) => (
            <List.Item key={m.id}>{m.name}</List.Item>
          ))}
        </List>
      )}
    </Section>
  );
}
