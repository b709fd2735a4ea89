import { Stack } from '@mantine/core';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useRoster } from '../api/get-roster.ts';
import { ComingShifts } from './coming-shifts.tsx';
import { CoveragePanel } from './coverage-panel.tsx';
import { RosterWeek } from './roster-week.tsx';

/** The on-call roster: what needs covering first, then the weekly slots, then the coming two weeks' shifts. */
export function RosterTab() {
  const { orgId } = useCurrentOrg();
  const roster = useRoster(orgId);
  return (
    <Stack gap="xl">
      <CoveragePanel />
      {roster.isPending && <PageLoader label="Loading the roster" />}
      {roster.isError && <QueryError error={roster.error} onRetry={() => void roster.refetch()} />}
      {roster.data && (
        <>
          <RosterWeek slots={roster.data.slots} />
          <ComingShifts shifts={roster.data.shifts} />
        </>
      )}
    </Stack>
  );
}
