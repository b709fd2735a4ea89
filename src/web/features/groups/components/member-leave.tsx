import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useLeaveGroup } from '../api/leave-group.ts';
import { memberErrorText } from './member-messages.ts';

/** Leaving the group or its wait-list, asked first; no reason needed. */
export function MemberLeave({ group }: { group: GroupForMember }) {
  const { orgId } = useCurrentOrg();
  const leave = useLeaveGroup(orgId);
  const [confirming, setConfirming] = useState(false);
  const waiting = group.membership.status === 'waiting';
  const action = waiting ? 'Leave the wait-list' : 'Leave the group';
  return (
    <Section title={waiting ? 'Not for you any more?' : 'Need to step back?'}>
      <Text size="sm" mb="sm">
        {waiting
          ? 'You can leave the wait-list at any time, and join it again later.'
          : 'You can leave at any time, no reason needed. Your place goes to the next person waiting.'}
      </Text>
      <Button variant="default" color="red.9" onClick={() => setConfirming(true)}>
        {action}
      </Button>
      <ConfirmModal
        opened={confirming}
        title={`${action}?`}
        confirmLabel={action}
        pending={leave.isPending}
        error={leave.isError ? memberErrorText(leave.error) : null}
        onConfirm={() => leave.mutate(group.id, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      >
        {waiting
          ? `You lose your place in line for ${group.name}. If you join again, you start at the back.`
          : `You leave ${group.name} and its coming sessions. If you want to come back later, you join again like anyone else (or its wait-list, if it is full).`}
      </ConfirmModal>
    </Section>
  );
}
