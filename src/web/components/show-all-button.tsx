import { Button } from '@mantine/core';
import type { ReactNode } from 'react';

/** Under a list cut short: shows the rest. */
export function ShowAllButton({ onClick, children }: { onClick: () => void; children: ReactNode }) {
  return (
    <Button variant="subtle" mt="xs" px={0} onClick={onClick}>
      {children}
    </Button>
  );
}
