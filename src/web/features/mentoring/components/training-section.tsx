import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { counted } from '#shared/counted.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useTrainingModules } from '../api/get-training-modules.ts';
import { Section } from '#web/components/section.tsx';

/** The organisation's training modules; mentors complete the ones a program asks for before they are matched. */
export function TrainingSection() {
  const { orgId } = useCurrentOrg();
  const modules = useTrainingModules(orgId);
  if (modules.data?.length === 0) return null;
  return (
    <Section title="Training for mentors">
      {modules.isPending && <PageLoader label="Loading training" />}
      {modules.isError && <QueryError error={modules.error} onRetry={() => void modules.refetch()} />}
      <Text mb="sm">
        Mentors complete the modules their program asks for before they are matched; each program's page says which.
      </Text>
      {modules.data && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {modules.data.map((trainingModule) => (
            <Paper key={trainingModule.id} component="li" withBorder p="md">
              <Group justify="space-between" gap="sm">
                <div>
                  <Anchor component={Link} to={`/o/${orgId}/mentoring/training/${trainingModule.id}`} fw={600}>
                    {trainingModule.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    About {counted(trainingModule.minutes, 'minute')}
                  </Text>
                </div>
                {trainingModule.completedAt ? (
                  <Badge color="kindred" variant="light" radius="sm">
                    Done
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light" radius="sm">
                    To do
                  </Badge>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Section>
  );
}
