import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { GroupForMember } from '#shared/contracts/groups.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDate } from '#web/lib/org-time.ts';
import { useRegisterGroupInterest } from '../api/register-group-interest.ts';
import { useWithdrawGroupInterest } from '../api/withdraw-group-interest.ts';

type Program = GroupForMember['program'];

function PlaceMe({ program }: { program: Program }) {
  const { orgId, timeZone } = useCurrentOrg();
  const register = useRegisterGroupInterest(orgId);
  const withdraw = useWithdrawGroupInterest(orgId);
  const error = register.error ?? withdraw.error;
  const askedAt = program.placeMeAskedAt;
  return (
    <Paper component="li" withBorder p="md" bg="gray.0">
      <Text fw={700}>
        {askedAt
          ? `Waiting to be placed in a ${program.name} group`
          : `Not sure which ${program.name} group suits you?`}
      </Text>
      <Text size="sm" mt={4} role="status">
        {askedAt
          ? `You asked to be placed on ${formatDate(askedAt, timeZone)}; the coordinator will place you in a group that fits your department and the times you are free, and tell you by e-mail.`
          : 'Ask to be placed. The coordinator places people by department and the times they are free (from your profile).'}
      </Text>
      <FormError message={error ? errorMessage(error) : null} />
      <Group mt="sm">
        {askedAt ? (
          <Button
            variant="default"
            loading={withdraw.isPending}
            onClick={() => withdraw.mutate(program.id)}
            aria-label={`Withdraw my request to be placed: ${program.name}`}
          >
            Withdraw
          </Button>
        ) : (
          <Button
            variant="light"
            loading={register.isPending}
            onClick={() => register.mutate(program.id)}
            aria-label={`Place me in a group: ${program.name}`}
          >
            Place me in a group
          </Button>
        )}
      </Group>
    </Paper>
  );
}

/** "Place me" for each program with a choice of groups open to the person, and the requests they are waiting on; the coordinator allocates them. */
export function GroupsToJoinInterest({ groups }: { groups: readonly GroupForMember[] }) {
  const programs = [...new Map(groups.map((g) => [g.program.id, g.program])).values()].filter(
    (p) => p.placeMeAskedAt !== null || groups.filter((g) => g.program.id === p.id).length > 1,
  );
  if (programs.length === 0) return null;
  return (
    <Stack component="ul" gap="sm" p={0} m={0} mt="sm" style={{ listStyle: 'none' }}>
      {programs.map((program) => (
        <PlaceMe key={program.id} program={program} />
      ))}
    </Stack>
  );
}
