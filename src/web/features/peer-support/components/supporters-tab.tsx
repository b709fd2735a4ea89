import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { SupporterSummary } from '#shared/contracts/peer-support.ts';
import { CardHeading } from '#web/components/card-heading.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useSupporters } from '../api/get-supporters.ts';
import { SupporterActionModals, type SupporterAction } from './supporter-action-modals.tsx';

/** Everyone holding the peer supporter role, with what routing and their care depend on. */
export function SupportersTab() {
  const { orgId } = useCurrentOrg();
  const supporters = useSupporters(orgId);
  const [action, setAction] = useState<SupporterAction | null>(null);
  if (supporters.isPending) return <PageLoader label="Loading the supporters" />;
  if (supporters.isError) return <QueryError error={supporters.error} onRetry={() => void supporters.refetch()} />;
  const list = [...supporters.data.supporters].sort((a, b) => a.supporter.name.localeCompare(b.supporter.name));
  return (
    <Stack>
      <Text maw={720}>
        Supporters are the people with the peer supporter role (an organisation admin gives it on the People page).
        Requests go only to those trained, not on a break and under their weekly cap.
      </Text>
      {list.length === 0 ? (
        <Text c="dimmed">Nobody has the peer supporter role yet.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          {list.map((s) => (
            <SupporterCard
              key={s.supporter.id}
              summary={s}
              onAction={(kind) => setAction({ kind, supporter: s.supporter })}
            />
          ))}
        </SimpleGrid>
      )}
      <SupporterActionModals action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}

/** Until when they are trained, or since when they are not. */
function trainingText(s: SupporterSummary): string {
  if (s.trainedUntil) return `Trained until ${formatCalendarDate(s.trainedUntil)}`;
  const lastExpiry = s.training
    .map((t) => t.expiresOn)
    .sort()
    .at(-1);
  return lastExpiry ? `Training expired on ${formatCalendarDate(lastExpiry)}` : 'No training recorded';
}

function SupporterCard({
  summary: s,
  onAction,
}: {
  summary: SupporterSummary;
  onAction: (kind: SupporterAction['kind']) => void;
}) {
  const atCap = s.loadThisWeek >= s.weeklyCap;
  return (
    <Card withBorder padding="md" component="article" aria-label={s.supporter.name}>
      <CardHeading
        title={s.supporter.name}
        subtitle={trainingText(s)}
        badge={
          <Group gap={4} justify="flex-end">
            {s.onBreak && (
              <Badge color="gray" variant="light">
                On a break
              </Badge>
            )}
            {!s.trainedUntil && (
              <Badge color="red" variant="light">
                Not trained
              </Badge>
            )}
            {atCap && (
              <Badge color="orange" variant="light">
                At cap
              </Badge>
            )}
            {s.supervisionOverdue && (
              <Badge color="orange" variant="light">
                Supervision due
              </Badge>
            )}
          </Group>
        }
      />
      <SimpleGrid cols={2} spacing={4} verticalSpacing={4} mt="sm" component="dl" m={0}>
        <Fact term="Load this week">
          {s.loadThisWeek} of {s.weeklyCap}
          {s.ownCap === null ? ' (program cap)' : ' (own cap)'}
        </Fact>
        <Fact term="Supervisor">{s.supervisor?.name ?? 'None named'}</Fact>
        <Fact term="Last supervision">
          {s.lastSupervisionOn ? formatCalendarDate(s.lastSupervisionOn) : 'None logged'}
        </Fact>
        <Fact term="On a break">{s.onBreak ? 'Yes, off the roster' : 'No'}</Fact>
      </SimpleGrid>
      <Group gap="xs" mt="md">
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => onAction('training')}
          aria-label={`Record training: ${s.supporter.name}`}
        >
          Record training
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => onAction('supervision')}
          aria-label={`Log supervision: ${s.supporter.name}`}
        >
          Log supervision
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          onClick={() => onAction('settings')}
          aria-label={`Cap and supervisor: ${s.supporter.name}`}
        >
          Cap and supervisor
        </Button>
      </Group>
    </Card>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed">
        {term}
      </Text>
      <Text component="dd" size="sm" m={0}>
        {children}
      </Text>
    </div>
  );
}
