import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { useAcceptGroupOffer } from '../api/accept-group-offer.ts';
import { useLeaveGroup } from '../api/leave-group.ts';
import { memberErrorText, timeLeftText } from './member-messages.ts';

/** A place offered from the wait-list: take it or let it go, here and now, before it passes to the next person. */
export function MyGroupOffer({ group }: { group: GroupForMember }) {
  const { orgId, timeZone } = useCurrentOrg();
  const accept = useAcceptGroupOffer(orgId);
  const decline = useLeaveGroup(orgId);
  const [confirming, setConfirming] = useState(false);
  const expires = group.membership.offerExpiresAt;
  return (
    <Alert color="kindred" variant="light" title="A place is yours if you want it" mt="sm">
      <Text size="sm">
        {expires
          ? `The place is held for you until ${formatDateTime(expires, timeZone)} (${timeLeftText(expires)} from now). After that it goes to the next person waiting.`
          : 'Say yes soon: after a while it goes to the next person waiting.'}
      </Text>
      <FormError message={accept.isError ? memberErrorText(accept.error) : null} />
      <Group mt="sm">
        <Button
          loading={accept.isPending}
          onClick={() => accept.mutate(group.id)}
          aria-label={`Accept the place: ${group.name}`}
        >
          Accept the place
        </Button>
        <Button variant="default" onClick={() => setConfirming(true)} aria-label={`No thanks: ${group.name}`}>
          No thanks
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title="Let this place go?"
        confirmLabel="Let it go"
        pending={decline.isPending}
        error={decline.isError ? memberErrorText(decline.error) : null}
        onConfirm={() => decline.mutate(group.id, { onSuccess: () => setConfirming(false) })}
        onClose={() => setConfirming(false)}
      >
        The place in {group.name} goes to the next person waiting, and you leave the wait-list. You can join again
        later.
      </ConfirmModal>
    </Alert>
  );
}
