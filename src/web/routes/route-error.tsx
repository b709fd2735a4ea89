import { Button, Stack, Text } from '@mantine/core';
import { PageHeader } from '#web/components/page-header.tsx';
import { SignedOutLayout } from './signed-out-layout.tsx';

/** A page that failed to load (often a new version deployed since this tab opened): offer a reload. */
export function RouteError() {
  return (
    <SignedOutLayout>
      <PageHeader title="Something went wrong" />
      <Stack align="flex-start">
        <Text>This page could not be shown. Reloading usually fixes it.</Text>
        <Button onClick={() => window.location.reload()}>Reload the page</Button>
      </Stack>
    </SignedOutLayout>
  );
}
