import { Stack } from '@mantine/core';
import { PageHeader } from '#web/components/page-header.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';
import { peerSupportLine } from './mentoring-labels.ts';
import { MyPairsSection } from './my-pairs-section.tsx';
import { ProgramsToJoinSection } from './programs-to-join-section.tsx';
import { ProgramsYouRunSection } from './programs-you-run-section.tsx';
import { TrainingSection } from './training-section.tsx';

/** Everyone's way into mentoring: their pairs first, then programs to join and training; coordinators also run programs here. */
export function MentoringPage() {
  const org = useCurrentOrg();
  const coordinates = hasRole(org, 'coordinator', 'org_admin');
  return (
    <>
      <PageHeader title="Mentoring" description={peerSupportLine()} />
      <Stack gap="xl">
        {coordinates && <ProgramsYouRunSection />}
        <MyPairsSection />
        {!coordinates && <ProgramsToJoinSection />}
        <TrainingSection />
      </Stack>
    </>
  );
}
