import { Anchor, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { UrlTabs } from '#web/components/url-tabs.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { usePeerProgram } from '../api/get-peer-program.ts';
import { LeadDebriefsTab } from './lead-debriefs-tab.tsx';
import { LeadReportTab } from './lead-report-tab.tsx';
import { ProgramSettingsTab } from './program-settings-tab.tsx';
import { RosterTab } from './roster-tab.tsx';
import { SupportersTab } from './supporters-tab.tsx';

const TABS = [
  { value: 'roster', label: 'Roster' },
  { value: 'supporters', label: 'Supporters' },
  { value: 'debriefs', label: 'Debriefs' },
  { value: 'report', label: 'Report' },
  { value: 'settings', label: 'Settings' },
] as const;

/**
 * The program lead's page (coordinators, wellbeing leads, admins): the roster and what it lacks, the supporters'
 * care, debriefs to staff, the report and the settings. Requesters are never named here; the API never sends them.
 */
export function PeerSupportLeadPage() {
  const { orgId } = useCurrentOrg();
  const program = usePeerProgram(orgId);
  if (program.isPending) return <PageLoader label="Loading the peer support program" />;
  if (program.isError) return <QueryError error={program.error} onRetry={() => void program.refetch()} />;
  return (
    <>
      <PageHeader
        title={program.data.name}
        description="Run the on-call roster, look after the supporters, staff debriefs and see how the program is doing. You see counts and times, never who asked."
        actions={
          <Text size="sm" mt="xs">
            <Anchor component={Link} to={`/o/${orgId}/peer-support/debriefs`}>
              Request a debrief or flag an event
            </Anchor>
          </Text>
        }
      />
      <UrlTabs tabs={TABS}>
        <Tabs.Panel value="roster">
          <RosterTab />
        </Tabs.Panel>
        <Tabs.Panel value="supporters">
          <SupportersTab />
        </Tabs.Panel>
        <Tabs.Panel value="debriefs">
          <LeadDebriefsTab />
        </Tabs.Panel>
        <Tabs.Panel value="report">
          <LeadReportTab />
        </Tabs.Panel>
        <Tabs.Panel value="settings" keepMounted>
          <ProgramSettingsTab program={program.data} />
        </Tabs.Panel>
      </UrlTabs>
    </>
  );
}
