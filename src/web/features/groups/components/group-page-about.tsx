import { Anchor, List, Stack, Text } from '@mantine/core';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { Section } from '#web/components/section.tsx';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { meetsHowText, meetsText } from './session-schedule.ts';

function WhereItMeets({ location }: { location: GroupForMember['location'] }) {
  // Where the group meets is shown to its members only; others learn just "by video" or "in person".
  if (location.detail === null)
    return <Text>{meetsHowText(location.kind)}. Where exactly is shown once you are in the group.</Text>;
  if (location.kind === 'video') {
    return (
      <Text>
        By video call:{' '}
        <Anchor href={location.detail} target="_blank" rel="noreferrer">
          join the call
        </Anchor>{' '}
        <Text span size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          ({location.detail})
        </Text>
      </Text>
    );
  }
  return <Text>In person: {location.detail}</Text>;
}

/** What the group is, who runs it, when and where it meets. */
export function GroupPageAbout({ group }: { group: GroupForMember }) {
  const names = group.facilitators.map((f) => f.name);
  return (
    <Section title="About this group">
      <Stack gap="xs">
        {group.description && <Text>{group.description}</Text>}
        <List spacing={4}>
          <List.Item>{meetsText(group)}.</List.Item>
          <List.Item>
            <WhereItMeets location={group.location} />
          </List.Item>
          <List.Item>
            Up to {group.maxMembers} members
            {names.length > 0
              ? `, with ${names.length === 1 ? 'a trained facilitator' : 'two trained facilitators'}: ${names.join(' and ')}`
              : ''}
            .
          </List.Item>
          {group.closesOn && <List.Item>The group ends on {formatCalendarDate(group.closesOn)}.</List.Item>}
        </List>
        <Text size="sm" c="dimmed">
          What is said in the group stays in the group, unless someone is at risk of harm.
        </Text>
      </Stack>
    </Section>
  );
}
