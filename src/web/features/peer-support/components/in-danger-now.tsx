import { Button, Collapse, Paper } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { CrisisNumbers } from './crisis-numbers.tsx';

/** "In danger now?" before anything else on the page: one tap opens the emergency numbers in place. */
export function InDangerNow() {
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  return (
    <Paper withBorder p="sm" radius="md" mb="lg" bd="1px solid var(--mantine-color-red-3)">
      <Button color="red.9" fullWidth size="md" onClick={toggle} aria-expanded={opened} aria-controls={panelId}>
        In danger now?
      </Button>
      <Collapse in={opened} id={panelId} mt={opened ? 'md' : 0}>
        <CrisisNumbers />
      </Collapse>
    </Paper>
  );
}
