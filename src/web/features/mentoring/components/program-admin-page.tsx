import { useParams } from 'react-router';
import type { Program } from '#shared/contracts/mentoring.ts';
import { ProgramAdminLayout, type ProgramTab } from '#web/components/program-admin-layout.tsx';
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

const TABS: [ProgramTab<Program>, ...ProgramTab<Program>[]] = [
  { value: 'settings', label: 'Settings', Panel: ProgramSettingsForm, keepMounted: true },
  { value: 'applications', label: 'Applications', Panel: ApplicationsTab },
  { value: 'matching', label: 'Matching', Panel: MatchingTab },
  { value: 'pairs', label: 'Pairs', Panel: ProgramPairsTab },
  { value: 'report', label: 'Report', Panel: ReportTab },
];

function ProgramBadges({ program }: { program: Program }) {
  const nextYear = program.nextProgramId || program.phase === 'running' || program.phase === 'ended';
  return (
    <>
      <PhaseBadge phase={program.phase} />
      {nextYear && <NextYearButton program={program} />}
    </>
  );
}

/** A coordinator's view of one program: its settings, who applied, matching, and how the pairs are doing. */
export function ProgramAdminPage() {
  const { programId = '' } = useParams();
  const { orgId } = useCurrentOrg();
  return (
    <ProgramAdminLayout
      program={useProgram(orgId, programId)}
      loadingLabel="Loading the program"
      describe={programWhen}
      allPrograms={{ to: `/o/${orgId}/mentoring`, label: 'All programs' }}
      Badges={ProgramBadges}
      Glance={ProgramGlance}
      tabs={TABS}
    />
  );
}
