import { Alert, Anchor, Button, Card, Stack, Text } from '@mantine/core';
import { useParams } from 'react-router';
import { LENGTH_BAND_LABELS, OUTCOME_LABELS, type SupporterRequest } from '#shared/contracts/peer-support.ts';
import { BackLink } from '#web/components/back-link.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { useSupporterRequest } from '../api/get-supporter-request.ts';
import { useTalkOverview } from '../api/get-talk-overview.ts';
import { useRecordFirstContact } from '../api/record-first-contact.ts';
import { useRecordFollowUpDone } from '../api/record-follow-up-done.ts';
import { ClaimRequest } from './claim-request.tsx';
import { CloseRequestForm } from './close-request-form.tsx';
import { RequestChat } from './request-chat.tsx';
import { formatByTime } from './request-time.ts';
import { askedFor, takenStatus, topicOf } from './supporter-request-words.ts';

/** One request as the supporter sees it: only what they need to reach the person, then a record with no content. */
export function SupporterRequestPage() {
  const { orgId } = useCurrentOrg();
  const { requestId = '' } = useParams();
  const request = useSupporterRequest(orgId, requestId);
  return (
    <>
      <PageHeader title={request.data ? topicOf(request.data) : 'A request'} />
      {request.isPending && <PageLoader />}
      {request.isError && <QueryError error={request.error} onRetry={() => void request.refetch()} />}
      {request.data && <RequestForSupporter request={request.data} />}
      <Stack mt="xl">
        <BackLink to={`/o/${orgId}/peer-support`}>Back to Peer support</BackLink>
      </Stack>
    </>
  );
}

function RequestForSupporter({ request }: { request: SupporterRequest }) {
  const { orgId, timeZone } = useCurrentOrg();
  const overview = useTalkOverview(orgId);
  const mine = request.claimedByMe;
  const who = request.requesterDisplay ?? 'The person';
  // A follow-up booked or asked for is arranged the same way as before: for a chat (an anonymous person's only
  // way), the chat opens again until the follow-up is done.
  const followUpDue =
    request.status === 'closed' && !!(request.followUpAt || request.followUpRequestedAt) && !request.followUpDoneAt;
  return (
    <Stack gap="xl">
      <Card withBorder padding="md">
        <Stack gap={4}>
          <Text>{askedFor(request)}</Text>
          <Text size="sm" c="dimmed">
            Asked {formatDateTime(request.createdAt, timeZone)}
          </Text>
          {mine && <ContactLine request={request} />}
          {mine && <Text fw={600}>{takenStatus(request, timeZone)}</Text>}
          {request.outcome && request.lengthBand && (
            <Text size="sm">
              Recorded: {OUTCOME_LABELS[request.outcome]}, {LENGTH_BAND_LABELS[request.lengthBand].toLowerCase()}
            </Text>
          )}
        </Stack>
      </Card>
      {request.status === 'waiting' && <ClaimRequest request={request} />}
      {mine && request.status === 'claimed' && !request.firstContactAt && <FirstContact request={request} />}
      {mine && request.contactMethod === 'chat' && (request.status === 'claimed' || request.status === 'closed') && (
        <RequestChat
          requestId={request.id}
          side="supporter"
          otherName={who}
          open={request.status === 'claimed' || followUpDue}
        />
      )}
      {mine && request.status === 'claimed' && (
        <Section title="Close">
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              The record holds no content: nothing of what was said, only how it ended and roughly how long.
            </Text>
            {overview.data ? (
              <CloseRequestForm requestId={request.id} followUpHours={overview.data.followUpHours} />
            ) : (
              <PageLoader />
            )}
          </Stack>
        </Section>
      )}
      {mine && request.status === 'closed' && <FollowUp request={request} />}
      {request.status === 'cancelled' && (
        <Alert color="gray" variant="light">
          The person withdrew this request. There is nothing more to do — thank you.
        </Alert>
      )}
    </Stack>
  );
}

function ContactLine({ request }: { request: SupporterRequest }) {
  const who = request.requesterDisplay ?? 'The person';
  if (request.anonymous) {
    return <Text>{who} asked to stay anonymous: you see a made-up name, and you talk only by the chat below.</Text>;
  }
  if (!request.contactDetail) return <Text>{who}</Text>;
  const phone = request.contactMethod === 'phone';
  return (
    <Text>
      {who}:{' '}
      {phone ? (
        <Anchor href={`tel:${request.contactDetail.replace(/[^\d+]/g, '')}`} fw={600}>
          {request.contactDetail}
        </Anchor>
      ) : (
        <Text span fw={600} style={{ overflowWrap: 'anywhere' }}>
          {request.contactDetail}
        </Text>
      )}
    </Text>
  );
}

function FirstContact({ request }: { request: SupporterRequest }) {
  const { orgId, timeZone } = useCurrentOrg();
  const record = useRecordFirstContact(orgId, request.id);
  return (
    <Stack gap="xs" align="flex-start">
      <Text>
        {request.contactBy
          ? `You said you would be in touch by ${formatByTime(request.contactBy, timeZone)}.`
          : 'Get in touch the way they chose.'}{' '}
        Once you have reached them, say so: the program counts the time to first contact.
      </Text>
      <Button size="md" loading={record.isPending} onClick={() => !record.isPending && record.mutate()}>
        I have reached them
      </Button>
      <FormError message={record.isError ? errorMessage(record.error) : null} />
    </Stack>
  );
}

function FollowUp({ request }: { request: SupporterRequest }) {
  const { orgId } = useCurrentOrg();
  const done = useRecordFollowUpDone(orgId, request.id);
  const due = (request.followUpAt || request.followUpRequestedAt) && !request.followUpDoneAt;
  if (!due) return null;
  return (
    <Stack gap="xs" align="flex-start">
      <Text>
        {request.followUpRequestedAt
          ? 'They asked for a follow-up. Get in touch the same way as before.'
          : 'When the follow-up you booked has taken place, say so here.'}
      </Text>
      <Button size="md" loading={done.isPending} onClick={() => !done.isPending && done.mutate()}>
        Follow-up done
      </Button>
      <FormError message={done.isError ? errorMessage(done.error) : null} />
    </Stack>
  );
}
