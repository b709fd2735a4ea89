import { Alert, Card, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { SupporterRequest } from '#shared/contracts/peer-support.ts';
import { CardHeading } from '#web/components/card-heading.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useClaimRequest } from '../api/claim-request.ts';
import { ClaimChoices } from './claim-choices.tsx';
import { formatByTime } from './request-time.ts';
import { askedFor, topicOf } from './supporter-request-words.ts';

/**
 * Waiting requests offered to this person (issue 13, step 3): the first to take one gets it; whoever comes second
 * is thanked, and the list is fetched again.
 */
export function OfferedRequestsSection({ requests, onTaken }: { requests: SupporterRequest[]; onTaken: () => void }) {
  const { orgId, timeZone } = useCurrentOrg();
  const navigate = useNavigate();
  const claim = useClaimRequest(orgId);
  const [takenByOther, setTakenByOther] = useState(false);

  function take(request: SupporterRequest, contactBy: string) {
    if (claim.isPending) return;
    setTakenByOther(false);
    claim.mutate(
      { requestId: request.id, contactBy },
      {
        onSuccess: () => void navigate(`/o/${orgId}/peer-support/requests/${request.id}`),
        onError: (error) => {
          if (isApiError(error, 'already_claimed') || isApiError(error, 'request_closed')) {
            setTakenByOther(true);
            claim.reset();
            onTaken();
          }
        },
      },
    );
  }

  return (
    <Section title="Requests waiting for someone">
      <Stack gap="md">
        <div role="status">
          {takenByOther && (
            <Alert color="kindred" variant="light" title="Someone else has taken it — thank you">
              Another supporter got there first. The list below is up to date.
            </Alert>
          )}
        </div>
        <FormError message={claim.isError ? errorMessage(claim.error) : null} />
        {requests.length === 0 && <Text c="dimmed">No requests are waiting for you right now.</Text>}
        {requests.map((request) => (
          <Card key={request.id} withBorder padding="md">
            <Stack gap="sm">
              <CardHeading
                title={topicOf(request)}
                subtitle={`${askedFor(request)} · asked ${formatByTime(request.createdAt, timeZone)}`}
              />
              <ClaimChoices
                topic={topicOf(request)}
                pending={claim.isPending}
                onClaim={(contactBy) => take(request, contactBy)}
              />
            </Stack>
          </Card>
        ))}
      </Stack>
    </Section>
  );
}
