import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCaughtMail } from '../api/get-caught-mail.ts';

/** In development, e-mail never leaves the machine: point to where it was caught. */
export function DevMailLink() {
  const caughtMail = useCaughtMail();
  if (!caughtMail.isSuccess) return null;
  return (
    <Text size="sm" c="dimmed" ta="center">
      Development server: sent e-mail is caught in the{' '}
      <Anchor component={Link} to="/dev/mail">
        development mailbox
      </Anchor>
      .
    </Text>
  );
}
