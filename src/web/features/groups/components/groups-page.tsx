import { Stack } from '@mantine/core';
import { PageHeader } from '#web/components/page-header.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';
import { FacilitatingSection } from './facilitating-section.tsx';
import { GroupProgramsYouRunSection } from './group-programs-you-run-section.tsx';
import { GroupsToJoinSection } from './groups-to-join-section.tsx';
import { MyGroupsSection } from './my-groups-section.tsx';
import { OpenSurveysSection } from './open-surveys-section.tsx';

/** Everyone's way into peer support groups: surveys waiting, their groups, groups to join; facilitators and coordinators see their work here too. */
export function GroupsPage() {
  const org = useCurrentOrg();
  return (
    <>
      <PageHeader
        title="Peer support groups"
        description="Small groups of up to six peers who meet every two weeks with a trained facilitator. What is said in the group stays in the group."
      />
      <Stack gap="xl">
        {hasRole(org, 'coordinator', 'org_admin') && <GroupProgramsYouRunSection />}
        {hasRole(org, 'facilitator') && <FacilitatingSection />}
        <OpenSurveysSection />
        <MyGroupsSection />
        <GroupsToJoinSection />
      </Stack>
    </>
  );
}
