import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '#web/components/page-header.tsx';
import { QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useTalkOverview } from '../api/get-talk-overview.ts';
import { AboutPeerSupport } from './about-peer-support.tsx';
import { AskForm } from './ask-form.tsx';
import { DebriefInvitationsSection } from './debrief-invitations-section.tsx';
import { EventOffersSection } from './event-offers-section.tsx';
import { InDangerNow } from './in-danger-now.tsx';
import { MyRequestsSection } from './my-requests-section.tsx';

/**
 * "Talk to a peer" (issue 13, step 1): emergency numbers first, then the person's own requests and offers, what
 * peer support is and who sees a request, and the form. The form does not wait for the overview to load.
 */
export function TalkPage() {
  const { orgId } = useCurrentOrg();
  const overview = useTalkOverview(orgId);
  return (
    <>
      <PageHeader
        title="Talk to a peer"
        description="A trained colleague gets in touch with you, the way you choose. Nobody needs a reason."
      />
      <InDangerNow />
      <Stack gap="xl">
        {overview.isError && <QueryError error={overview.error} onRetry={() => void overview.refetch()} />}
        {overview.data && (
          <>
            <MyRequestsSection requests={overview.data.requests} />
            <EventOffersSection offers={overview.data.eventOffers} />
            <DebriefInvitationsSection invitations={overview.data.debriefInvitations} />
          </>
        )}
        <AboutPeerSupport />
        <Section title="Ask for a peer">
          <AskForm submitLabel="Send my request" />
        </Section>
        <Section title="Worried about someone else?">
          <Text>
            <Anchor component={Link} to={`/o/${orgId}/talk/worried`}>
              Read the short guide, &ldquo;I&rsquo;m worried about someone&rdquo;
            </Anchor>
            , and ask a supporter for advice for yourself.
          </Text>
        </Section>
      </Stack>
    </>
  );
}
