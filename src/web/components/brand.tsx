import { Anchor, Box } from '@mantine/core';
import { Link } from 'react-router';

export function Brand({ to }: { to: string }) {
  return (
    <Anchor
      component={Link}
      to={to}
      aria-label="Kindred home"
      underline="never"
      c="kindred.8"
      fw={700}
      size="lg"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 8 }}
    >
      <img src="/favicon.svg" alt="" width={28} height={28} />
      {/* On a narrow phone the logo alone leaves room for "Need help now?". */}
      <Box component="span" visibleFrom="xs">
        Kindred
      </Box>
    </Anchor>
  );
}
