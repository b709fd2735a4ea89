import { Anchor, Card, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { Section } from '#web/components/section.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';
import { DebriefRequestForm } from './debrief-request-form.tsx';
import { EventFlagForm } from './event-flag-form.tsx';
import { MyDebriefRequests, MyEventFlags } from './my-debrief-requests.tsx';

/**
 * Debriefs and events, for supervisors and the safety team: ask for a team debrief after an incident, flag people
 * involved in a serious event for a private offer of a peer, and follow both by counts only.
 */
export function DebriefsPage() {
  const org = useCurrentOrg();
  return (
    <>
      <PageHeader
        title="Debriefs and events"
        description="After a hard event, a team debrief with two trained peers, or a private offer of a peer to each person involved. Both are offered, never required."
        actions={
          hasRole(org, 'coordinator', 'wellbeing_lead', 'org_admin') && (
            <Text size="sm" mt="xs">
              <Anchor component={Link} to={`/o/${org.orgId}/peer-support/manage?tab=debriefs`}>
                Staff the debriefs asked for
              </Anchor>
            </Text>
          )
        }
      />
      <Stack gap="xl">
        <Card withBorder padding="lg">
          <Section title="Request a team debrief">
            <DebriefRequestForm />
          </Section>
        </Card>
        <Card withBorder padding="lg">
          <Section title="Flag people involved in a serious event">
            <EventFlagForm />
          </Section>
        </Card>
        <MyDebriefRequests />
        <MyEventFlags />
      </Stack>
    </>
  );
}
