import { useParams } from 'react-router';
import type { Program } from '#shared/contracts/mentoring.ts';
import { ProgramAdminLayout, type ProgramAdmin } from '#web/components/program-admin-layout.tsx';
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

function ProgramBadges({ program }: { program: Program }) {
  const nextYear = program.nextProgramId || program.phase === 'running' || program.phase === 'ended';
  return (
    <>
      <PhaseBadge phase={program.phase} />
      {nextYear && <NextYearButton program={program} />}
    </>
  );
}

const MENTORING_PROGRAM: ProgramAdmin<Program> = {
  loadingLabel: 'Loading the program',
  describe: programWhen,
  allPrograms: { path: 'mentoring', label: 'All programs' },
  Badges: ProgramBadges,
  Glance: ProgramGlance,
  tabs: [
    { value: 'settings', label: 'Settings', Panel: ProgramSettingsForm, keepMounted: true },
    { value: 'applications', label: 'Applications', Panel: ApplicationsTab },
    { value: 'matching', label: 'Matching', Panel: MatchingTab },
    { value: 'pairs', label: 'Pairs', Panel: ProgramPairsTab },
    { value: 'report', label: 'Report', Panel: ReportTab },
  ],
};

/** A coordinator's view of one program: its settings, who applied, matching, and how the pairs are doing. */
export function ProgramAdminPage() {
  const { programId = '' } = useParams();
  const { orgId } = useCurrentOrg();
  const program = useProgram(orgId, programId);
  return <ProgramAdminLayout {...MENTORING_PROGRAM} program={program} />;
}
