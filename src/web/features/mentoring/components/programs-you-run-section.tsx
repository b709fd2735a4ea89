import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { CardHeading } from '#web/components/card-heading.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { usePrograms } from '../api/get-programs.ts';
import { NewProgramModal } from './new-program-modal.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { programWhen } from './program-dates.ts';
import { Section } from '#web/components/section.tsx';

export function ProgramsYouRunSection() {
  const { orgId } = useCurrentOrg();
  const programs = usePrograms(orgId);
  const [creating, setCreating] = useState(false);
  return (
    <Section title="Programs you run" actions={<Button onClick={() => setCreating(true)}>New program</Button>}>
      {programs.isPending && <PageLoader label="Loading programs" />}
      {programs.isError && <QueryError error={programs.error} onRetry={() => void programs.refetch()} />}
      {programs.data?.length === 0 && (
        <Text c="dimmed">
          No programs yet. Start one from a template: the dates, cohorts, questions and matching criteria come filled
          in.
        </Text>
      )}
      {programs.data && programs.data.length > 0 && (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {programs.data.map((program) => (
            <Card key={program.id} component="li" withBorder padding="md">
              <CardHeading
                title={program.name}
                subtitle={programWhen(program)}
                badge={<PhaseBadge phase={program.phase} />}
              />
              <Text size="sm" mt="sm">
                {program.menteeApplications} {program.menteeApplications === 1 ? 'mentee' : 'mentees'} and{' '}
                {program.mentorApplications} {program.mentorApplications === 1 ? 'mentor' : 'mentors'} applied ·{' '}
                {program.activePairs} active {program.activePairs === 1 ? 'pair' : 'pairs'}
              </Text>
              <Group mt="md" gap="sm">
                <Button
                  component={Link}
                  to={`/o/${orgId}/mentoring/programs/${program.id}/manage`}
                  aria-label={`Manage: ${program.name}`}
                >
                  Manage
                </Button>
                <Button
                  component={Link}
                  to={`/o/${orgId}/mentoring/programs/${program.id}`}
                  variant="default"
                  aria-label={`See as a participant: ${program.name}`}
                >
                  See as a participant
                </Button>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
      <NewProgramModal opened={creating} onClose={() => setCreating(false)} />
    </Section>
  );
}
