import { Box, Container, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { Outlet } from 'react-router';
import { Brand } from '#web/components/brand.tsx';
import { PageLoader } from '#web/components/query-state.tsx';
import { useFocusMainOnNavigate } from '#web/components/main-focus.ts';
import { MAIN_CONTENT_ID, SkipLink } from '#web/components/skip-link.tsx';
import { CrisisHelpButton } from '#web/features/crisis/components/crisis-help-button.tsx';
import { DevMailLink } from '#web/features/dev-mail/components/dev-mail-link.tsx';
import classes from './layout.module.css';

interface SignedOutLayoutProps {
  wide?: boolean;
  /** Sign-in and password pages point to the development mailbox when the server has one. */
  devMailHint?: boolean;
  children?: ReactNode;
}

/** Pages before signing in (and while loading): calm and narrow, with help one click away. */
export function SignedOutLayout({ wide = false, devMailHint = false, children }: SignedOutLayoutProps) {
  useFocusMainOnNavigate();
  return (
    <>
      <SkipLink />
      <Box component="header" className={classes.signedOutHeader}>
        <Group justify="space-between" h="100%" px="md" wrap="nowrap">
          <Brand to="/" />
          <CrisisHelpButton />
        </Group>
      </Box>
      <Container
        component="main"
        id={MAIN_CONTENT_ID}
        tabIndex={-1}
        size={wide ? 'md' : 480}
        py="xl"
        className={classes.main}
      >
        <Stack gap="lg">
          <div>{children ?? <Outlet />}</div>
          {devMailHint && <DevMailLink />}
        </Stack>
      </Container>
    </>
  );
}

/** Even while the app loads on a slow connection, "Need help now?" is already there. */
export function LoadingPage() {
  return (
    <SignedOutLayout>
      <PageLoader />
    </SignedOutLayout>
  );
}
