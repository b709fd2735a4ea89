import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The way back at the foot of a page, in a block of its own so that only its words are the link. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <div>
      <Anchor component={Link} to={to}>
        {children}
      </Anchor>
    </div>
  );
}
