import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZEventFlagBody } from '#shared/contracts/peer-support.ts';
import type { FoundPerson } from '#web/components/person-search-select.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { useFlagEvent } from '../api/flag-event.ts';
import { PeopleChooser } from './people-chooser.tsx';

const FIELDS = ['eventOn', 'personIds'] as const;
const MAX_PEOPLE = 60;

/** Flags who was involved in a serious event: each gets a private, declinable offer of a peer, and nobody learns the answer. */
export function EventFlagForm() {
  const { orgId, timeZone } = useCurrentOrg();
  const flag = useFlagEvent(orgId);
  const { formError, validate, checkRequired, showError, clear, errorFor } = useFormErrors(FIELDS);
  const today = todayIn(timeZone);
  const [eventOn, setEventOn] = useState(today);
  const [people, setPeople] = useState<FoundPerson[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checkRequired({ eventOn: eventOn > today ? 'The event cannot be in the future' : undefined })) return;
    const body = validate(ZEventFlagBody, { eventOn, personIds: people.map((p) => p.id) });
    if (body) flag.mutate(body, { onSuccess: () => setPeople([]), onError: showError });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Flag people involved in a serious event">
      <Stack maw={720}>
        <Text>
          Each person you name gets a private, gentle offer to talk to a trained peer, in Kindred and by e-mail. They
          can take it up or decline it with one tap. Nobody, including you, learns whether they took it up: you see only
          how many offers went out. Nothing about the event itself is asked or recorded.
        </Text>
        <FormError message={formError} />
        <TextInput
          label="Date of the event"
          type="date"
          required
          max={today}
          value={eventOn}
          onChange={(e) => {
            setEventOn(e.currentTarget.value);
            flag.reset();
          }}
          error={errorFor('eventOn')}
          maw={340}
        />
        <PeopleChooser
          label="People involved"
          description="Type part of a name or a whole e-mail address, then choose; repeat for everyone."
          value={people}
          onChange={(chosen) => {
            setPeople(chosen);
            clear();
            flag.reset();
          }}
          max={MAX_PEOPLE}
          error={errorFor('personIds')}
        />
        {flag.isSuccess && (
          <Alert color="kindred" variant="light" role="status">
            {flag.data.offersSent === 1 ? 'One offer was sent.' : `${flag.data.offersSent} offers were sent.`} Each
            person decides for themselves; nobody is told what they chose.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={flag.isPending}>
            Send the offers
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
