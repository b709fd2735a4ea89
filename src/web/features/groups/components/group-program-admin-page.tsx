import { Anchor, Tabs, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { UrlTabs } from '#web/components/url-tabs.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useGroupProgram } from '../api/get-group-program.ts';
import { AllocationTab } from './allocation-tab.tsx';
import { ProgramGlance } from './program-glance.tsx';
import { ProgramGroupsTab } from './program-groups-tab.tsx';
import { TEMPLATE_LABELS } from './program-labels.ts';
import { ProgramSettingsForm } from './program-settings-form.tsx';
import { ReportTab } from './report-tab.tsx';

const TABS = [
  { value: 'groups', label: 'Groups' },
  { value: 'allocation', label: 'Allocation' },
  { value: 'report', label: 'Report' },
  { value: 'settings', label: 'Settings' },
] as const;

/** A coordinator's view of one program of peer support groups: its groups, placing people, and how the groups are doing. */
export function GroupProgramAdminPage() {
  const { groupProgramId = '' } = useParams();
  const { orgId } = useCurrentOrg();
  const program = useGroupProgram(orgId, groupProgramId);

  if (program.isPending) return <PageLoader label="Loading the group program" />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;

  return (
    <>
      <PageHeader
        title={program.data.name}
        description={program.data.description || TEMPLATE_LABELS[program.data.template]}
        actions={
          <Text size="sm" mt="xs">
            <Anchor component={Link} to={`/o/${orgId}/groups`}>
              All peer groups
            </Anchor>
          </Text>
        }
      />
      <ProgramGlance program={program.data} />
      <UrlTabs tabs={TABS}>
        <Tabs.Panel value="groups">
          <ProgramGroupsTab program={program.data} />
        </Tabs.Panel>
        <Tabs.Panel value="allocation">
          <AllocationTab program={program.data} />
        </Tabs.Panel>
        <Tabs.Panel value="report">
          <ReportTab program={program.data} />
        </Tabs.Panel>
        {/* Kept mounted: a coordinator who looks at another tab comes back to what they were typing. */}
        <Tabs.Panel value="settings" keepMounted>
          <ProgramSettingsForm program={program.data} />
        </Tabs.Panel>
      </UrlTabs>
    </>
  );
}
