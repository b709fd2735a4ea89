import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { TalkOverview } from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatCalendarDate, formatDateTime } from '#web/lib/org-time.ts';
import { useAcceptEventOffer } from '../api/accept-event-offer.ts';
import { useDeclineEventOffer } from '../api/decline-event-offer.ts';
import { ContactChoiceForm } from './contact-choice-form.tsx';

type EventOffer = TalkOverview['eventOffers'][number];

/** Private offers of a peer after a serious event (issue 13, step 5): yes with a way to be reached, or no in one tap. */
export function EventOffersSection({ offers }: { offers: EventOffer[] }) {
  if (offers.length === 0) return null;
  return (
    <Section title="An offer for you">
      <Stack gap="md">
        {offers.map((offer) => (
          <EventOfferCard key={offer.id} offer={offer} />
        ))}
      </Stack>
    </Section>
  );
}

function EventOfferCard({ offer }: { offer: EventOffer }) {
  const { orgId, timeZone } = useCurrentOrg();
  const navigate = useNavigate();
  const accept = useAcceptEventOffer(orgId);
  const decline = useDeclineEventOffer(orgId);
  const [accepting, setAccepting] = useState(false);
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Text>
          You were involved in a hard event on {formatCalendarDate(offer.eventOn)}. Would you like to talk it over with
          a trained peer? It is entirely up to you, and nobody else learns your answer.
        </Text>
        <Text size="sm" c="dimmed">
          This offer is open until {formatDateTime(offer.expiresAt, timeZone)}.
        </Text>
        {accepting ? (
          <ContactChoiceForm
            submitLabel="Yes, contact me"
            pending={accept.isPending}
            onCancel={() => setAccepting(false)}
            onSubmit={(choice, showError) =>
              accept.mutate(
                { offerId: offer.id, choice },
                {
                  onSuccess: (request) => void navigate(`/o/${orgId}/talk/requests/${request.id}`),
                  onError: showError,
                },
              )
            }
          />
        ) : (
          <Group>
            <Button size="md" onClick={() => setAccepting(true)}>
              Yes, I would like that
            </Button>
            <Button
              size="md"
              variant="default"
              loading={decline.isPending}
              onClick={() => !decline.isPending && decline.mutate(offer.id)}
            >
              No, thank you
            </Button>
          </Group>
        )}
        <FormError message={decline.isError ? errorMessage(decline.error) : null} />
      </Stack>
    </Card>
  );
}
