import { Text } from '@mantine/core';

/** Says a save worked, politely to screen readers, until the next change. */
export function SaveStatus({ saved, message = 'Saved' }: { saved: boolean; message?: string }) {
  return (
    <Text role="status" size="sm" c="kindred.8" fw={600} aria-live="polite">
      {saved ? message : ''}
    </Text>
  );
}
