import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { useState } from 'react';
import type { Pair } from '#shared/contracts/mentoring.ts';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useRequestRematch } from '../api/request-rematch.ts';
import { Section } from '#web/components/section.tsx';

/** A no-fault way out of a pair: the coordinator finds a new match, and nobody has to explain. */
export function RematchRequest({ pair }: { pair: Pair }) {
  const { orgId } = useCurrentOrg();
  const rematch = useRequestRematch(orgId, pair.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <Section title="A new match">
      {pair.rematchRequested ? (
        <Alert variant="light" color="blue" role="status">
          A new match has been asked for. The program's coordinator will be in touch about what happens next.
        </Alert>
      ) : (
        <Paper withBorder p="md">
          <Text>
            Sometimes a pair does not click, or life changes. That is nobody's fault. You can ask for a new match
            without giving a reason.
          </Text>
          <Group mt="md">
            <Button variant="default" onClick={() => setConfirming(true)}>
              Ask for a new match
            </Button>
          </Group>
        </Paper>
      )}
      <ConfirmModal
        opened={confirming}
        title="Ask for a new match?"
        confirmLabel="Ask for a new match"
        pending={rematch.isPending}
        error={rematch.isError ? errorMessage(rematch.error) : null}
        onClose={() => {
          setConfirming(false);
          rematch.reset();
        }}
        onConfirm={() => rematch.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      >
        The coordinator is told that a new match was asked for, not why. They will be in touch about a new{' '}
        {pair.myRole === 'mentor' ? 'mentee' : 'mentor'}.
      </ConfirmModal>
    </Section>
  );
}
