import { Alert, Paper, Text } from '@mantine/core';
import { useLocation } from 'react-router';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { JoinGroupButton, type JoinedState } from './join-group-button.tsx';
import { MyGroupOffer } from './my-group-offer.tsx';
import { placesText, waitListText } from './wait-list-text.ts';

function joinedState(state: unknown): JoinedState | null {
  return typeof state === 'object' && state !== null && 'joinedWithPlacesLeft' in state ? (state as JoinedState) : null;
}

/** Where the person stands in the group, and the one thing they can do about it now. */
export function GroupPageStatus({ group }: { group: GroupForMember }) {
  const joined = joinedState(useLocation().state);
  const { status, waitlistPosition } = group.membership;
  if (status === 'member') {
    return (
      <Alert
        color="kindred"
        variant="light"
        title={joined ? 'You are in. Welcome!' : 'You are a member of this group'}
        role="status"
      >
        Let the group know below whether you can come to each session.
      </Alert>
    );
  }
  if (status === 'waiting') {
    return (
      <Alert
        color="blue"
        variant="light"
        title={joined?.joinedWithPlacesLeft ? 'The last place went just before you' : 'You are on the wait-list'}
        role="status"
      >
        {waitListText(waitlistPosition)} We will e-mail you when a place is yours.
      </Alert>
    );
  }
  if (status === 'offered') return <MyGroupOffer group={group} />;
  return (
    <Paper withBorder p="md">
      <Text fw={700}>{placesText(group)}</Text>
      <Text size="sm" mt={4} mb="sm">
        {group.placesLeft > 0
          ? 'Join now and you can come to the next session.'
          : 'Join the wait-list: when a place comes free, it is offered to the first in line.'}
      </Text>
      <JoinGroupButton group={group} />
    </Paper>
  );
}
