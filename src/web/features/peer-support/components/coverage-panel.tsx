import { Alert, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { Coverage, PersonRef, Shift } from '#shared/contracts/peer-support.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useCoverage } from '../api/get-coverage.ts';
import { AssignShiftModal } from './assign-shift-modal.tsx';
import { shiftDay, shiftHours } from './shift-time.ts';
import { SupporterActionModals, type SupporterAction } from './supporter-action-modals.tsx';

function needsCount(coverage: Coverage): number {
  return (
    coverage.emptyShifts.length +
    coverage.noWorkingContact.length +
    coverage.overCap.length +
    coverage.supervisionOverdue.length +
    coverage.trainingExpired.length
  );
}

/** What needs the lead before the roster lets someone down; every item says what is wrong and offers the fix. */
export function CoveragePanel() {
  const { orgId, timeZone } = useCurrentOrg();
  const coverage = useCoverage(orgId);
  const [assigning, setAssigning] = useState<Shift | null>(null);
  const [action, setAction] = useState<SupporterAction | null>(null);
  const act = (kind: SupporterAction['kind'], supporter: PersonRef, label: string) => (
    <Button
      size="compact-sm"
      variant="default"
      onClick={() => setAction({ kind, supporter })}
      aria-label={`${label}: ${supporter.name}`}
    >
      {label}
    </Button>
  );

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="coverage-heading">
      <Title order={2} size="h3" id="coverage-heading" mb="sm">
        Coverage this week
      </Title>
      {coverage.isPending && <PageLoader label="Checking the coverage" />}
      {coverage.isError && <QueryError error={coverage.error} onRetry={() => void coverage.refetch()} />}
      {coverage.data && needsCount(coverage.data) === 0 && (
        <Alert color="kindred" variant="light">
          Nothing needs you: every shift of the next 7 days has a supporter, and every supporter can be reached, is
          under their cap, trained and supervised.
        </Alert>
      )}
      {coverage.data && needsCount(coverage.data) > 0 && (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <CoverageList title="Shifts with nobody on call" items={coverage.data.emptyShifts}>
            {(shift) => (
              <CoverageItem
                key={shift.id}
                action={
                  <Button
                    size="compact-sm"
                    onClick={() => setAssigning(shift)}
                    aria-label={`Find cover for ${shiftDay(shift.startsAt, timeZone)}, ${shiftHours(shift, timeZone)}`}
                  >
                    Find cover
                  </Button>
                }
              >
                {shiftDay(shift.startsAt, timeZone)}, {shiftHours(shift, timeZone)}
                {shift.supporter &&
                  ` (${shift.supporter.name} ${shift.coverWanted ? 'asked for cover' : 'is on a break or no longer a supporter'})`}
              </CoverageItem>
            )}
          </CoverageList>
          <CoverageList title="Supporters Kindred cannot reach" items={coverage.data.noWorkingContact}>
            {(item) => (
              <CoverageItem key={item.supporter.id}>
                <strong>{item.supporter.name}</strong>: {item.reason}. Ask them to add it on their profile.
              </CoverageItem>
            )}
          </CoverageList>
          <CoverageList title="At or over their weekly cap" items={coverage.data.overCap}>
            {(item) => (
              <CoverageItem key={item.supporter.id} action={act('settings', item.supporter, 'Change cap')}>
                <strong>{item.supporter.name}</strong>: {item.load} requests in 7 days, cap {item.cap}
              </CoverageItem>
            )}
          </CoverageList>
          <CoverageList title="Overdue for supervision" items={coverage.data.supervisionOverdue}>
            {(item) => (
              <CoverageItem key={item.supporter.id} action={act('supervision', item.supporter, 'Log supervision')}>
                <strong>{item.supporter.name}</strong>:{' '}
                {item.lastOn ? `last on ${formatCalendarDate(item.lastOn)}` : 'no supervision logged'}
              </CoverageItem>
            )}
          </CoverageList>
          <CoverageList title="Training expired" items={coverage.data.trainingExpired}>
            {(item) => (
              <CoverageItem key={item.supporter.id} action={act('training', item.supporter, 'Record training')}>
                <strong>{item.supporter.name}</strong>:{' '}
                {item.expiredOn ? `expired on ${formatCalendarDate(item.expiredOn)}` : 'no training recorded'}
              </CoverageItem>
            )}
          </CoverageList>
        </SimpleGrid>
      )}
      {assigning && <AssignShiftModal shift={assigning} onClose={() => setAssigning(null)} />}
      <SupporterActionModals action={action} onClose={() => setAction(null)} />
    </Card>
  );
}

/** One kind of problem, left out when there is none of it. */
function CoverageList<T>({ title, items, children }: { title: string; items: T[]; children: (item: T) => ReactNode }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={6}>
      <Title order={3} size="h5">
        {title} ({items.length})
      </Title>
      <List spacing={6} listStyleType="none" styles={{ itemWrapper: { width: '100%' }, itemLabel: { width: '100%' } }}>
        {items.map(children)}
      </List>
    </Stack>
  );
}

function CoverageItem({ action, children }: { action?: ReactNode; children: ReactNode }) {
  return (
    <List.Item>
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {children}
        </Text>
        {action && <div style={{ flexShrink: 0 }}>{action}</div>}
      </Group>
    </List.Item>
  );
}
