import { Alert, Button, Group, List, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZSupervisionBody, type SupporterSelf } from '#shared/contracts/peer-support.ts';
import { FormError } from '#web/components/query-state.tsx';
import { SaveStatus } from '#web/components/save-status.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { formatCalendarDate, todayIn } from '#web/lib/org-time.ts';
import { useLogMySupervision } from '../api/log-my-supervision.ts';

const FIELDS = ['heldOn', 'minutes'];
const SHOWN = 5;

/** The named supervisor to call, the supervision sessions logged (when and how long, nothing said), and a log form. */
export function MySupervision({ self }: { self: SupporterSelf }) {
  const { orgId, timeZone } = useCurrentOrg();
  const log = useLogMySupervision(orgId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [heldOn, setHeldOn] = useState(todayIn(timeZone));
  const [minutes, setMinutes] = useState<number | string>(60);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (log.isPending) return;
    const body = validate(ZSupervisionBody, { heldOn, minutes: typeof minutes === 'number' ? minutes : undefined });
    if (body) log.mutate(body, { onError: showError });
  }

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Supervision
      </Title>
      <Text>
        {self.supervisor
          ? `Your supervisor is ${self.supervisor.name}.`
          : 'No supervisor is named for you yet: ask the program lead.'}
      </Text>
      {self.supervisionOverdue && (
        <Alert color="orange" variant="light">
          Your next supervision session is due. It is there for you: book one with your supervisor.
        </Alert>
      )}
      {self.supervision.length > 0 && (
        <List spacing={4}>
          {self.supervision.slice(0, SHOWN).map((s) => (
            <List.Item key={s.id}>
              {formatCalendarDate(s.heldOn)}, {s.minutes} minutes{s.supervisor ? ` with ${s.supervisor.name}` : ''}
            </List.Item>
          ))}
        </List>
      )}
      <form onSubmit={submit} noValidate>
        <Stack gap="xs">
          <FormError message={formError} />
          <Group align="flex-start" gap="sm" wrap="wrap">
            <TextInput
              size="md"
              type="date"
              label="Held on"
              max={todayIn(timeZone)}
              value={heldOn}
              onChange={(e) => {
                setHeldOn(e.currentTarget.value);
                log.reset();
              }}
              error={errorFor('heldOn')}
            />
            <NumberInput
              size="md"
              label="Minutes"
              min={5}
              max={480}
              step={15}
              allowDecimal={false}
              w={120}
              value={minutes}
              onChange={(value) => {
                setMinutes(value);
                log.reset();
              }}
              error={errorFor('minutes')}
            />
          </Group>
          <Group>
            <Button type="submit" size="md" variant="light" loading={log.isPending}>
              Log a supervision session
            </Button>
            <SaveStatus saved={log.isSuccess} message="Logged" />
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
