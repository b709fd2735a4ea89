import { Button, Card, Group, Stack, Text, Textarea } from '@mantine/core';
import { useId, useState, type FormEvent } from 'react';
import { ZMessageBody } from '#shared/contracts/peer-support.ts';
import { FormError, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { useRequestMessages, type ChatSide } from '../api/get-request-messages.ts';
import { useSendRequestMessage } from '../api/send-request-message.ts';
import { formatByTime } from './request-time.ts';

const FIELDS = ['body'];

/**
 * The chat of one request between the person who asked and their supporter: text only, fetched again every
 * 10 seconds while open. `otherName` is how the other side is shown (an anonymous requester's made-up name).
 */
export function RequestChat({
  requestId,
  side,
  otherName,
  open,
}: {
  requestId: string;
  side: ChatSide;
  otherName: string;
  /** Whether new messages may be written (the request is taken and not finished). */
  open: boolean;
}) {
  const { orgId, timeZone } = useCurrentOrg();
  const messages = useRequestMessages(orgId, requestId, side, open);
  const send = useSendRequestMessage(orgId, requestId, side);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const [draft, setDraft] = useState('');
  const logId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    if (send.isPending) return;
    const body = validate(ZMessageBody, { body: draft });
    if (body) send.mutate(body.body, { onSuccess: () => setDraft(''), onError: showError });
  }

  return (
    <Section title="Chat">
      <Stack gap="sm">
        {messages.isError && <QueryError error={messages.error} onRetry={() => void messages.refetch()} />}
        <Stack gap="xs" id={logId} role="log" aria-live="polite" aria-label={`Chat with ${otherName}`}>
          {messages.data?.length === 0 && (
            <Text c="dimmed" size="sm">
              No messages yet.
            </Text>
          )}
          {messages.data?.map((message) => {
            const mine = message.from === 'you';
            return (
              <Card
                key={message.id}
                padding="sm"
                radius="md"
                withBorder={!mine}
                bg={mine ? 'kindred.0' : undefined}
                ml={mine ? 'xl' : 0}
                mr={mine ? 0 : 'xl'}
              >
                <Text size="xs" c="dimmed" fw={600}>
                  {mine ? 'You' : otherName} · {formatByTime(message.createdAt, timeZone)}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{message.body}</Text>
              </Card>
            );
          })}
        </Stack>
        {open && (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <FormError message={formError} />
              <Textarea
                size="md"
                label="Your message"
                autosize
                minRows={2}
                maxRows={8}
                maxLength={2000}
                value={draft}
                onChange={(e) => setDraft(e.currentTarget.value)}
                error={errorFor('body')}
              />
              <Group justify="flex-end">
                <Button type="submit" size="md" loading={send.isPending}>
                  Send
                </Button>
              </Group>
            </Stack>
          </form>
        )}
      </Stack>
    </Section>
  );
}
