import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZDebriefRequestBody } from '#shared/contracts/peer-support.ts';
import type { FoundPerson } from '#web/components/person-search-select.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useDepartments } from '#web/features/organisation/api/get-departments.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { useRequestDebrief } from '../api/request-debrief.ts';
import { PeopleChooser } from './people-chooser.tsx';

const FIELDS = ['eventOn', 'departmentId', 'inviteePersonIds'] as const;
const MAX_INVITEES = 60;

/** Asks the program for a team debrief after an event, for the people who were there. */
export function DebriefRequestForm() {
  const { orgId, timeZone } = useCurrentOrg();
  const departments = useDepartments(orgId);
  const request = useRequestDebrief(orgId);
  const { formError, validate, checkRequired, showError, clear, errorFor } = useFormErrors(FIELDS);
  const today = todayIn(timeZone);
  const [eventOn, setEventOn] = useState(today);
  const [departmentId, setDepartmentId] = useState('');
  const [people, setPeople] = useState<FoundPerson[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!checkRequired({ eventOn: eventOn > today ? 'The event cannot be in the future' : undefined })) return;
    const body = validate(ZDebriefRequestBody, {
      eventOn,
      departmentId: departmentId || null,
      inviteePersonIds: people.map((p) => p.id),
    });
    if (!body) return;
    request.mutate(body, {
      onSuccess: () => {
        setPeople([]);
        setDepartmentId('');
      },
      onError: showError,
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Request a team debrief">
      <Stack maw={720}>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Date of the event"
            type="date"
            required
            max={today}
            value={eventOn}
            onChange={(e) => {
              setEventOn(e.currentTarget.value);
              request.reset();
            }}
            error={errorFor('eventOn')}
          />
          <NativeSelect
            label="Department"
            value={departmentId}
            onChange={(e) => setDepartmentId(e.currentTarget.value)}
            data={[
              { value: '', label: departments.isPending ? 'Loading departments…' : 'Not one department' },
              ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name })),
            ]}
            error={errorFor('departmentId')}
          />
        </SimpleGrid>
        <PeopleChooser
          label="Who was there"
          description="Type part of a name or a whole e-mail address, then choose; repeat for everyone. They are invited once the debrief has a time."
          value={people}
          onChange={(chosen) => {
            setPeople(chosen);
            clear();
            request.reset();
          }}
          max={MAX_INVITEES}
          error={errorFor('inviteePersonIds')}
        />
        {request.isSuccess && (
          <Alert color="kindred" variant="light" role="status">
            Debrief requested. The program lead will choose two supporters and a time, and then everyone you named is
            invited. You will see here how many came, never who.
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={request.isPending}>
            Request the debrief
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
