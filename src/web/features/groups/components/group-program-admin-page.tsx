import { useParams } from 'react-router';
import { ProgramAdminLayout, type ProgramAdmin } from '#web/components/program-admin-layout.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useGroupProgram, type GroupProgram } from '../api/get-group-program.ts';
import { AllocationTab } from './allocation-tab.tsx';
import { ProgramGlance } from './program-glance.tsx';
import { ProgramGroupsTab } from './program-groups-tab.tsx';
import { TEMPLATE_LABELS } from './program-labels.ts';
import { ProgramSettingsForm } from './program-settings-form.tsx';
import { ReportTab } from './report-tab.tsx';

const GROUP_PROGRAM: ProgramAdmin<GroupProgram> = {
  loadingLabel: 'Loading the group program',
  describe: (program) => program.description || TEMPLATE_LABELS[program.template],
  allPrograms: { path: 'groups', label: 'All peer groups' },
  Glance: ProgramGlance,
  tabs: [
    { value: 'groups', label: 'Groups', Panel: ProgramGroupsTab },
    { value: 'allocation', label: 'Allocation', Panel: AllocationTab },
    { value: 'report', label: 'Report', Panel: ReportTab },
    { value: 'settings', label: 'Settings', Panel: ProgramSettingsForm, keepMounted: true },
  ],
};

/** A coordinator's view of one program of peer support groups: its groups, placing people, and how the groups are doing. */
export function GroupProgramAdminPage() {
  const { groupProgramId = '' } = useParams();
  const { orgId } = useCurrentOrg();
  const program = useGroupProgram(orgId, groupProgramId);
  return <ProgramAdminLayout {...GROUP_PROGRAM} program={program} />;
}
