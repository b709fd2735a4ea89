import { Button, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useParams } from 'react-router';
import { CONTACT_METHOD_LABELS, TOPIC_LABELS, URGENCY_LABELS, type MyRequest } from '#shared/contracts/peer-support.ts';
import { BackLink } from '#web/components/back-link.tsx';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { useAskForFollowUp } from '../api/ask-for-follow-up.ts';
import { useCancelMyRequest } from '../api/cancel-my-request.ts';
import { useMyRequest } from '../api/get-my-request.ts';
import { useTalkOverview } from '../api/get-talk-overview.ts';
import { RequestChat } from './request-chat.tsx';
import { RequestStatus } from './request-status.tsx';

/** One of the person's own requests: where it stands (asked again while it moves), the chat, cancel, follow-up. */
export function MyRequestPage() {
  const { orgId } = useCurrentOrg();
  const { requestId = '' } = useParams();
  const request = useMyRequest(orgId, requestId);
  return (
    <>
      <PageHeader title="Your request" />
      {request.isPending && <PageLoader />}
      {request.isError && <QueryError error={request.error} onRetry={() => void request.refetch()} />}
      {request.data && <RequestView request={request.data} />}
      <Stack mt="xl">
        <BackLink to={`/o/${orgId}/talk`}>Back to Talk to a peer</BackLink>
      </Stack>
    </>
  );
}

function RequestView({ request }: { request: MyRequest }) {
  const { orgId, timeZone } = useCurrentOrg();
  const overview = useTalkOverview(orgId);
  // Once closed the chat stays readable, and open to write in while a follow-up is booked or asked for.
  const followUp = request.stage === 'closed' && !!(request.followUpAt || request.followUpRequestedAt);
  const open = request.stage === 'claimed' || request.stage === 'contacted' || followUp;
  return (
    <Stack gap="xl">
      <RequestStatus request={request} ackMinutes={overview.data?.ackMinutes} />
      <Card withBorder padding="md">
        <Stack gap={4}>
          <Text fw={700}>{TOPIC_LABELS[request.topic]}</Text>
          <Text size="sm">
            {URGENCY_LABELS[request.urgency]} · {CONTACT_METHOD_LABELS[request.contactMethod]}
            {request.contactDetail ? `: ${request.contactDetail}` : ''}
          </Text>
          {request.anonymous && request.alias && (
            <Text size="sm">The supporter sees you as &ldquo;{request.alias}&rdquo;.</Text>
          )}
          <Text size="sm" c="dimmed">
            Sent {formatDateTime(request.createdAt, timeZone)}
          </Text>
        </Stack>
      </Card>
      {request.contactMethod === 'chat' && (open || request.stage === 'closed') && (
        <RequestChat
          requestId={request.id}
          side="requester"
          otherName={request.supporterName ?? 'Your supporter'}
          open={open}
        />
      )}
      {request.contactMethod === 'chat' && (request.stage === 'finding' || request.stage === 'nobody_free') && (
        <Text c="dimmed">The chat opens here as soon as a supporter takes your request.</Text>
      )}
      {request.followUpUntil && <AskForFollowUp request={request} followUpUntil={request.followUpUntil} />}
      {(request.stage === 'finding' || request.stage === 'nobody_free' || request.stage === 'claimed') && (
        <CancelRequest request={request} />
      )}
    </Stack>
  );
}

function AskForFollowUp({ request, followUpUntil }: { request: MyRequest; followUpUntil: string }) {
  const { orgId, timeZone } = useCurrentOrg();
  const ask = useAskForFollowUp(orgId, request.id);
  return (
    <Stack gap="xs" align="flex-start">
      <Text>
        Would you like to talk again? You can ask {request.supporterName ?? 'your supporter'} for a follow-up until{' '}
        {formatDateTime(followUpUntil, timeZone)}.
      </Text>
      <Button size="md" loading={ask.isPending} onClick={() => !ask.isPending && ask.mutate()}>
        Ask for a follow-up
      </Button>
      <FormError message={ask.isError ? errorMessage(ask.error) : null} />
    </Stack>
  );
}

function CancelRequest({ request }: { request: MyRequest }) {
  const { orgId } = useCurrentOrg();
  const cancel = useCancelMyRequest(orgId, request.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <div>
      <Button variant="default" size="md" onClick={() => setConfirming(true)}>
        Withdraw this request
      </Button>
      <ConfirmModal
        opened={confirming}
        title="Withdraw this request?"
        confirmLabel="Yes, withdraw it"
        pending={cancel.isPending}
        error={cancel.isError ? errorMessage(cancel.error) : null}
        onClose={() => {
          setConfirming(false);
          cancel.reset();
        }}
        onConfirm={() => cancel.mutate(undefined, { onSuccess: () => setConfirming(false) })}
      >
        {request.supporterName
          ? `${request.supporterName} will be told that you no longer need them. You can ask again at any time.`
          : 'Nobody will contact you about it. You can ask again at any time.'}
      </ConfirmModal>
    </div>
  );
}
