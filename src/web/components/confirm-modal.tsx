import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '#web/lib/form-errors.ts';
import { FormError } from './query-state.tsx';

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onClose: () => void;
}

/** Asks before something that cannot be undone, and says what went wrong if it could not be done. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  pending,
  error,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack>
        <Text component="div">{children}</Text>
        <FormError message={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red.9" loading={pending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface ConfirmRemovalProps<T extends { id: string }> extends Pick<
  ConfirmModalProps,
  'title' | 'confirmLabel' | 'children'
> {
  /** What is to be removed; none while nothing is. */
  target: T | null;
  remove: {
    mutate: (id: string, options: { onSuccess: () => void }) => void;
    reset: () => void;
    isPending: boolean;
    error: unknown;
  };
  onClose: () => void;
}

/** Asks before `remove` takes `target` away by its id, and closes once it is gone. */
export function ConfirmRemoval<T extends { id: string }>({
  target,
  remove,
  onClose,
  ...props
}: ConfirmRemovalProps<T>) {
  return (
    <ConfirmModal
      {...props}
      opened={target !== null}
      pending={remove.isPending}
      error={remove.error ? errorMessage(remove.error) : null}
      onClose={() => {
        onClose();
        remove.reset();
      }}
      onConfirm={() => {
        if (target) remove.mutate(target.id, { onSuccess: onClose });
      }}
    />
  );
}
