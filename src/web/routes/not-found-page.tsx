import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        This page does not exist, or you do not have access to it.{' '}
        <Anchor component={Link} to="/">
          Go to your home page
        </Anchor>
        .
      </Text>
    </>
  );
}
