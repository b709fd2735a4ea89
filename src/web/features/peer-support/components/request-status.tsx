import { Alert, Stack, Text, Title } from '@mantine/core';
import type { ContactMethod, MyRequest } from '#shared/contracts/peer-support.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { CrisisNumbers } from './crisis-numbers.tsx';
import { formatByTime } from './request-time.ts';

const REACH: Record<ContactMethod, string> = {
  phone: 'call you',
  video: 'video call you',
  chat: 'write to you in the chat below',
  in_person: 'be in touch to meet you',
};

/**
 * Where the request stands, in words (issue 13, step 2): the person who asked is never left wondering. Read
 * out when it changes, since the page asks again by itself while someone is being found.
 */
export function RequestStatus({ request, ackMinutes }: { request: MyRequest; ackMinutes: number | undefined }) {
  const { timeZone } = useCurrentOrg();
  const supporter = request.supporterName ?? 'Your supporter';
  return (
    <Stack gap="md">
      <div role="status" aria-live="polite">
        {request.stage === 'finding' && (
          <Alert color="blue" variant="light" title="We are finding someone">
            Your request has gone to the supporters on call.
            {ackMinutes ? ` Usually someone takes it within ${ackMinutes} minutes.` : ''} This page shows their name as
            soon as they do; you can leave it and come back.
          </Alert>
        )}
        {request.stage === 'nobody_free' && (
          <Alert color="orange" variant="light" title="No one is free right now">
            Your request stays open, and anyone who becomes free can still take it. If you need to talk now, here is who
            you can call.
          </Alert>
        )}
        {request.stage === 'claimed' && (
          <Alert color="kindred" variant="light" title={`${supporter} has your request`}>
            {request.contactBy
              ? `${supporter} will ${REACH[request.contactMethod]} by ${formatByTime(request.contactBy, timeZone)}.`
              : `${supporter} will ${REACH[request.contactMethod]} soon.`}
          </Alert>
        )}
        {request.stage === 'contacted' && (
          <Alert color="kindred" variant="light" title={`${supporter} is in touch with you`}>
            {request.firstContactAt && `First contact ${formatDateTime(request.firstContactAt, timeZone)}.`}
          </Alert>
        )}
        {request.stage === 'closed' && <ClosedStatus request={request} supporter={supporter} />}
        {request.stage === 'cancelled' && (
          <Alert color="gray" variant="light" title="You withdrew this request">
            Nobody will contact you about it. You can ask again at any time.
          </Alert>
        )}
      </div>
      {request.stage === 'nobody_free' && <CrisisNumbers />}
    </Stack>
  );
}

function ClosedStatus({ request, supporter }: { request: MyRequest; supporter: string }) {
  const { timeZone } = useCurrentOrg();
  return (
    <Stack gap={4}>
      <Title order={2} size="h4">
        This conversation is closed
      </Title>
      {request.closedAt && <Text>Closed {formatDateTime(request.closedAt, timeZone)}.</Text>}
      {request.followUpAt && (
        <Text>
          {supporter} booked a follow-up for {formatDateTime(request.followUpAt, timeZone)}.
        </Text>
      )}
      {request.followUpRequestedAt && (
        <Text>
          You asked for a follow-up {formatDateTime(request.followUpRequestedAt, timeZone)}: {supporter} will be in
          touch.
        </Text>
      )}
    </Stack>
  );
}
