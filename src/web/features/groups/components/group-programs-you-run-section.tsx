import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useGroupPrograms } from '../api/get-group-programs.ts';
import { NewGroupProgramModal } from './new-group-program-modal.tsx';
import { plural, TEMPLATE_LABELS } from './program-labels.ts';

/** The coordinator's programs of peer support groups, each a way into its manage page. */
export function GroupProgramsYouRunSection() {
  const { orgId } = useCurrentOrg();
  const programs = useGroupPrograms(orgId);
  const [creating, setCreating] = useState(false);
  return (
    <Section
      title="Group programs you run"
      actions={<Button onClick={() => setCreating(true)}>New group program</Button>}
    >
      {programs.isPending && <PageLoader label="Loading group programs" />}
      {programs.isError && <QueryError error={programs.error} onRetry={() => void programs.refetch()} />}
      {programs.data?.length === 0 && (
        <Text c="dimmed">No group programs yet. Start one from a template, then add its groups.</Text>
      )}
      {programs.data && programs.data.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {programs.data.map((program) => (
            <Card key={program.id} component="li" withBorder padding="md">
              <Title order={3} size="h4">
                {program.name}
              </Title>
              {program.name !== TEMPLATE_LABELS[program.template] && (
                <Text size="sm" c="dimmed" mt={4}>
                  From the template “{TEMPLATE_LABELS[program.template]}”
                </Text>
              )}
              <Text size="sm" mt="sm">
                {plural(program.groups, 'group')} · {plural(program.members, 'member')} · {program.waiting} on a
                wait-list
              </Text>
              <Group mt="md">
                <Button
                  component={Link}
                  to={`/o/${orgId}/groups/programs/${program.id}/manage`}
                  aria-label={`Manage: ${program.name}`}
                >
                  Manage
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <NewGroupProgramModal opened={creating} onClose={() => setCreating(false)} />
    </Section>
  );
}
