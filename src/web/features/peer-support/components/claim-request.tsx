import { Alert } from '@mantine/core';
import { useState } from 'react';
import type { SupporterRequest } from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useClaimRequest } from '../api/claim-request.ts';
import { ClaimChoices } from './claim-choices.tsx';
import { topicOf } from './supporter-request-words.ts';

/** Taking a waiting request from its own page (opened from a notification); second comers are thanked. */
export function ClaimRequest({ request }: { request: SupporterRequest }) {
  const { orgId } = useCurrentOrg();
  const claim = useClaimRequest(orgId);
  const [takenByOther, setTakenByOther] = useState(false);
  if (takenByOther) {
    return (
      <Alert color="kindred" variant="light" title="Someone else has taken it — thank you" role="status">
        Another supporter got there first.
      </Alert>
    );
  }
  return (
    <>
      <ClaimChoices
        topic={topicOf(request)}
        pending={claim.isPending}
        onClaim={(contactBy) =>
          claim.mutate(
            { requestId: request.id, contactBy },
            {
              onError: (error) => {
                if (isApiError(error, 'already_claimed') || isApiError(error, 'request_closed')) setTakenByOther(true);
              },
            },
          )
        }
      />
      <FormError message={claim.isError && !takenByOther ? errorMessage(claim.error) : null} />
    </>
  );
}
