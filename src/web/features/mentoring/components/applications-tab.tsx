import { Badge, Card, Group, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { ApplicationSide, Program } from '#shared/contracts/mentoring.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { ScrollableTable } from '#web/components/scrollable-table.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatDate, todayIn } from '#web/lib/org-time.ts';
import { useApplications, type ApplicationView } from '../api/get-applications.ts';
import { SIDE_LABELS } from './mentoring-labels.ts';

type Filter = 'all' | ApplicationSide;

function answerText(value: ApplicationView['answers'][string] | undefined): string {
  if (value === undefined) return '—';
  return Array.isArray(value) ? value.join(', ') : String(value);
}

function Answers({ program, application }: { program: Program; application: ApplicationView }) {
  const asked = program.questions.filter((q) => q.side === 'both' || q.side === application.side);
  if (asked.length === 0) return null;
  return (
    <Stack gap={4} component="dl" m={0}>
      {asked.map((q) => (
        <div key={q.id}>
          <Text component="dt" size="sm" c="dimmed">
            {q.label}
          </Text>
          <Text component="dd" size="sm" m={0}>
            {answerText(application.answers[q.id])}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

function Readiness({ application }: { application: ApplicationView }) {
  if (application.side === 'mentee') return <Text size="sm">{application.wantsHelpWith.join(', ') || '—'}</Text>;
  return (
    <Group gap="xs">
      <Text size="sm">Up to {application.capacity ?? 1}</Text>
      {application.trained ? (
        <Badge color="kindred" variant="light" radius="sm">
          Trained
        </Badge>
      ) : (
        <Badge color="orange" variant="light" radius="sm">
          Training to do
        </Badge>
      )}
    </Group>
  );
}

/** The day of applying, marked "late" when it came after applications closed. */
function Applied({
  program,
  application,
  timeZone,
  prefix = '',
}: {
  program: Program;
  application: ApplicationView;
  timeZone: string;
  prefix?: string;
}) {
  const late = todayIn(timeZone, new Date(application.createdAt)) > program.applicationsCloseOn;
  return (
    <Group gap="xs">
      <span style={{ whiteSpace: 'nowrap' }}>
        {prefix}
        {formatDate(application.createdAt, timeZone)}
      </span>
      {late && (
        <Badge
          color="orange"
          variant="light"
          radius="sm"
          style={{ flexShrink: 0, overflow: 'visible' }}
          title="Applied after applications closed; a re-run matches late applicants without disturbing pairs"
        >
          Late
        </Badge>
      )}
    </Group>
  );
}

/** Who applied, on which side, and what they said; mentors show whether their training is done. */
export function ApplicationsTab({ program }: { program: Program }) {
  const { orgId, timeZone } = useCurrentOrg();
  const applications = useApplications(orgId, program.id);
  const [filter, setFilter] = useState<Filter>('all');

  if (applications.isPending) return <PageLoader label="Loading applications" />;
  if (applications.isError)
    return <QueryError error={applications.error} onRetry={() => void applications.refetch()} />;
  const all = applications.data;
  const mentees = all.filter((a) => a.side === 'mentee').length;
  const mentors = all.filter((a) => a.side === 'mentor').length;
  const shown = filter === 'all' ? all : all.filter((a) => a.side === filter);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        Applications
      </Title>
      <Text>
        {mentees} {mentees === 1 ? 'mentee' : 'mentees'} and {mentors} {mentors === 1 ? 'mentor' : 'mentors'} have
        applied.
      </Text>
      {all.length > 0 && (
        <SegmentedControl
          value={filter}
          onChange={(value) => setFilter(value as Filter)}
          data={[
            { value: 'all', label: 'Everyone' },
            { value: 'mentee', label: 'Mentees' },
            { value: 'mentor', label: 'Mentors' },
          ]}
          aria-label="Show applications from"
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {all.length === 0 && (
        <Text c="dimmed">
          Nobody has applied yet. Members who may apply see the program under Mentoring while applications are open.
        </Text>
      )}
      {shown.length > 0 && (
        <>
          <ScrollableTable label="Applications" minWidth={860} visibleFrom="md">
            <Table striped verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Name</Table.Th>
                  <Table.Th scope="col">Side</Table.Th>
                  <Table.Th scope="col">Wants help with / takes</Table.Th>
                  <Table.Th scope="col">Answers</Table.Th>
                  <Table.Th scope="col">Applied</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {shown.map((application) => (
                  <Table.Tr key={`${application.person.id}-${application.side}`}>
                    <Table.Td fw={600}>{application.person.name}</Table.Td>
                    <Table.Td>{SIDE_LABELS[application.side]}</Table.Td>
                    <Table.Td>
                      <Readiness application={application} />
                    </Table.Td>
                    <Table.Td>
                      <Answers program={program} application={application} />
                    </Table.Td>
                    <Table.Td>
                      <Applied program={program} application={application} timeZone={timeZone} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollableTable>
          <Stack hiddenFrom="md" gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {shown.map((application) => (
              <Card key={`${application.person.id}-${application.side}`} component="li" withBorder padding="md">
                <Group justify="space-between" gap="xs">
                  <Text fw={700}>{application.person.name}</Text>
                  <Badge variant="light" radius="sm" color={application.side === 'mentor' ? 'blue' : 'kindred'}>
                    {SIDE_LABELS[application.side]}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed" mb="xs" component="div">
                  <Applied program={program} application={application} timeZone={timeZone} prefix="Applied on " />
                </Text>
                <Readiness application={application} />
                <Stack mt="xs">
                  <Answers program={program} application={application} />
                </Stack>
              </Card>
            ))}
          </Stack>
        </>
      )}
    </Stack>
  );
}
