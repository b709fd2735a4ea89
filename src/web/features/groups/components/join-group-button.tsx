import { Button, Stack } from '@mantine/core';
import { useNavigate } from 'react-router';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useJoinGroup } from '../api/join-group.ts';
import { memberErrorText } from './member-messages.ts';

/** What the group page is told after a join, so it can say when the last place went just before them. */
export interface JoinedState {
  joinedWithPlacesLeft: boolean;
}

/** Join, or join the wait-list when the group is full; then the group's own page, where the person can say if they will come. */
export function JoinGroupButton({ group, fullWidth }: { group: GroupForMember; fullWidth?: boolean }) {
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const join = useJoinGroup(orgId);
  const full = group.placesLeft === 0;
  const label = full ? 'Join the wait-list' : 'Join this group';
  function onJoin() {
    const state: JoinedState = { joinedWithPlacesLeft: !full };
    join.mutate(group.id, { onSuccess: () => void navigate(`/o/${orgId}/groups/${group.id}`, { state }) });
  }
  return (
    <Stack gap="xs" align="flex-start">
      <FormError message={join.isError ? memberErrorText(join.error) : null} />
      <Button
        size="md"
        fullWidth={fullWidth}
        loading={join.isPending}
        onClick={onJoin}
        aria-label={`${label}: ${group.name}`}
      >
        {label}
      </Button>
    </Stack>
  );
}
