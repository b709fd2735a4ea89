import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { CardHeading } from '#web/components/card-heading.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { usePrograms } from '../api/get-programs.ts';
import { PhaseBadge } from './phase-badge.tsx';
import { programWhen, takesApplications } from './program-dates.ts';
import { Section } from '#web/components/section.tsx';

export function ProgramsToJoinSection() {
  const { orgId, timeZone } = useCurrentOrg();
  const programs = usePrograms(orgId);
  const today = todayIn(timeZone);
  return (
    <Section title="Programs">
      {programs.isPending && <PageLoader label="Loading programs" />}
      {programs.isError && <QueryError error={programs.error} onRetry={() => void programs.refetch()} />}
      {programs.data?.length === 0 && (
        <Text c="dimmed">
          There is no program open to you right now. When one opens, it will be here and you will get a notification.
        </Text>
      )}
      {programs.data && programs.data.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {programs.data.map((program) => {
            const action = takesApplications(program, today) ? 'See program and apply' : 'See program';
            return (
              <Card key={program.id} component="li" withBorder padding="md">
                <CardHeading
                  title={program.name}
                  subtitle={programWhen(program)}
                  badge={<PhaseBadge phase={program.phase} />}
                />
                <Group mt="md">
                  <Button
                    component={Link}
                    to={`/o/${orgId}/mentoring/programs/${program.id}`}
                    variant="light"
                    aria-label={`${action}: ${program.name}`}
                  >
                    {action}
                  </Button>
                </Group>
              </Card>
            );
          })}
        </Stack>
      )}
    </Section>
  );
}
