import { Button, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** Says a save worked, politely to screen readers, until the next change. */
export function SaveStatus({ saved, message = 'Saved' }: { saved: boolean; message?: string }) {
  return (
    <Text role="status" size="sm" c="kindred.8" fw={600} aria-live="polite">
      {saved ? message : ''}
    </Text>
  );
}

/** A form's submit button and, beside it, the note that the save worked. */
export function SaveButton({
  children,
  pending,
  saved,
  message,
}: {
  children: ReactNode;
  pending: boolean;
  saved: boolean;
  message?: string;
}) {
  return (
    <Group>
      <Button type="submit" loading={pending}>
        {children}
      </Button>
      <SaveStatus saved={saved} message={message} />
    </Group>
  );
}
