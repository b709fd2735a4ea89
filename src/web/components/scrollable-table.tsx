import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

/** A wide table that scrolls sideways on a phone; focusable so the keyboard can scroll it too. */
export function ScrollableTable({
  label,
  minWidth,
  visibleFrom,
  children,
}: {
  label: string;
  minWidth: number;
  visibleFrom?: 'md';
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      minWidth={minWidth}
      visibleFrom={visibleFrom}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </Table.ScrollContainer>
  );
}
