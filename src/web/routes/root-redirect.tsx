import { Button, Stack, Text } from '@mantine/core';
import { Navigate, useNavigate } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useSession } from '#web/features/auth/api/get-session.ts';
import { useSignOut } from '#web/features/auth/api/sign-out.ts';
import { lastOrg } from '#web/lib/last-org.ts';

/** "/" opens the organisation used last, or the first one, or sign-in. */
export function RootRedirect() {
  const session = useSession();
  if (session.isPending) return <PageLoader />;
  if (session.isError) return <QueryError error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) return <Navigate to="/sign-in" replace />;
  const { memberships } = session.data;
  const remembered = lastOrg();
  const target = memberships.find((m) => m.orgId === remembered) ?? memberships[0];
  if (target) return <Navigate to={`/o/${target.orgId}`} replace />;
  return <NoOrganisation />;
}

function NoOrganisation() {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <>
      <PageHeader title="You are not part of an organisation yet" />
      <Stack align="flex-start">
        <Text>
          Kindred is run by hospitals, training networks and medical schools. Ask your program coordinator to invite
          you, then follow the link in their e-mail.
        </Text>
        <Button
          variant="default"
          loading={signOut.isPending}
          onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
        >
          Sign out
        </Button>
      </Stack>
    </>
  );
}
