import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

/** The end of a form in a dialog or a panel: Cancel, and the submit button saying what it does. */
export function FormActions({
  onCancel,
  pending,
  children,
}: {
  onCancel: () => void;
  pending: boolean;
  children: ReactNode;
}) {
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" loading={pending}>
        {children}
      </Button>
    </Group>
  );
}
