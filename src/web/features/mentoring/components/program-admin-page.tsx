import { Anchor, Group, Tabs, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { UrlTabs } from '#web/components/url-tabs.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useProgram } from '../api/get-program.ts';
import { ApplicationsTab } from './applications-tab.tsx';
import { MatchingTab } from './matching-tab.tsx';
import { NextYearButton } from './next-year-button.tsx';
import { PhaseBadge } from './phase-badge.tsx';
import { ProgramGlance } from './program-glance.tsx';
import { programWhen } from './program-dates.ts';
import { ProgramPairsTab } from './program-pairs-tab.tsx';
import { ProgramSettingsForm } from './program-settings-form.tsx';
import { ReportTab } from './report-tab.tsx';

const TABS = [
  { value: 'settings', label: 'Settings' },
  { value: 'applications', label: 'Applications' },
  { value: 'matching', label: 'Matching' },
  { value: 'pairs', label: 'Pairs' },
  { value: 'report', label: 'Report' },
] as const;

/** A coordinator's view of one program: its settings, who applied, matching, and how the pairs are doing. */
export function ProgramAdminPage() {
  const { programId = '' } = useParams();
  const { orgId } = useCurrentOrg();
  const program = useProgram(orgId, programId);

  if (program.isPending) return <PageLoader label="Loading the program" />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;

  return (
    <>
      <PageHeader
        title={program.data.name}
        description={programWhen(program.data)}
        actions={
          <Group mt="xs" gap="sm">
            <PhaseBadge phase={program.data.phase} />
            {(program.data.nextProgramId || program.data.phase === 'running' || program.data.phase === 'ended') && <NextYearButton program={program.data} />}
            <Text size="sm">
              <Anchor component={Link} to={`/o/${orgId}/mentoring`}>
                All programs
              </Anchor>
            </Text>
          </Group>
        }
      />
      <ProgramGlance program={program.data} />
      <UrlTabs tabs={TABS}>
        {/* Kept mounted: a coordinator who looks at another tab comes back to what they were typing. */}
        <Tabs.Panel value="settings" keepMounted>
          <ProgramSettingsForm program={program.data} />
        </Tabs.Panel>
        <Tabs.Panel value="applications">
          <ApplicationsTab program={program.data} />
        </Tabs.Panel>
        <Tabs.Panel value="matching">
          <MatchingTab program={program.data} />
        </Tabs.Panel>
        <Tabs.Panel value="pairs">
          <ProgramPairsTab program={program.data} />
        </Tabs.Panel>
        <Tabs.Panel value="report">
          <ReportTab program={program.data} />
        </Tabs.Panel>
      </UrlTabs>
    </>
  );
}
