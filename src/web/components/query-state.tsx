import { Alert, Anchor, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { ApiError } from '#web/lib/api-client.ts';
import { errorMessage } from '#web/lib/form-errors.ts';

export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center py="xl" role="status">
      <Loader aria-hidden />
      <Text ml="sm" c="dimmed">
        {label}…
      </Text>
    </Center>
  );
}

/** Something gone, or never open to the person: trying again would not help, so the page says so and offers a way on. */
function NotHere({ message }: { message: string }) {
  const { orgId } = useParams();
  return (
    <Alert color="gray" variant="light" title="Nothing to show here" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{message}. It may have ended or been removed, or it is not open to you.</Text>
        <Anchor component={Link} to={orgId ? `/o/${orgId}` : '/'}>
          Go to your home page
        </Anchor>
      </Stack>
    </Alert>
  );
}

export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  if (error instanceof ApiError && error.status === 404) return <NotHere message={error.message} />;
  return (
    <Alert color="red" variant="light" title="This did not load" role="alert">
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{errorMessage(error)}</Text>
        {onRetry && (
          <Button variant="default" size="sm" onClick={onRetry}>
            Try again
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" variant="light" role="alert">
      {message}
    </Alert>
  );
}
