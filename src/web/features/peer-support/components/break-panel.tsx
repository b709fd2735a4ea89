import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatCalendarDate, todayIn } from '#web/lib/org-time.ts';
import { useSetMyBreak } from '../api/set-my-break.ts';

/** "I need a break": off the roster until a date, no questions asked, and back whenever they like. */
export function BreakPanel({ breakUntil }: { breakUntil: string | null }) {
  const { orgId, timeZone } = useCurrentOrg();
  const setBreak = useSetMyBreak(orgId);
  const today = todayIn(timeZone);
  const onBreak = breakUntil !== null && breakUntil >= today;
  const [until, setUntil] = useState('');
  const [missing, setMissing] = useState(false);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (setBreak.isPending) return;
    setMissing(!until);
    if (until) setBreak.mutate(until, { onSuccess: () => setUntil('') });
  }

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        A break
      </Title>
      {onBreak ? (
        <>
          <Text>
            You are on a break until {formatCalendarDate(breakUntil)}. No requests or shifts come to you until then.
          </Text>
          <div>
            <Button variant="default" size="md" loading={setBreak.isPending} onClick={() => setBreak.mutate(null)}>
              End my break now
            </Button>
          </div>
        </>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Text>Need time off? No questions asked: you are off the roster until the day you choose.</Text>
            <Group align="flex-end" gap="sm">
              <TextInput
                size="md"
                type="date"
                label="Until"
                min={today}
                value={until}
                onChange={(e) => setUntil(e.currentTarget.value)}
                error={
                  missing
                    ? 'Choose the last day of your break'
                    : (setBreak.error && errorMessage(setBreak.error)) || undefined
                }
              />
              <Button type="submit" size="md" loading={setBreak.isPending}>
                I need a break
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {onBreak && <FormError message={setBreak.isError ? errorMessage(setBreak.error) : null} />}
    </Stack>
  );
}
