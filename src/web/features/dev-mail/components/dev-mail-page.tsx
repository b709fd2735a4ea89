import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { isApiError } from '#web/lib/api-client.ts';
import { useCaughtMail } from '../api/get-caught-mail.ts';

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g;

/** Mail text with its links clickable, so an invitation or reset link can be followed from here. */
function MailText({ text }: { text: string }) {
  return (
    <Text
      component="pre"
      size="sm"
      style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontFamily: 'inherit', margin: 0 }}
    >
      {text.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <Anchor key={index} href={part}>
            {part}
          </Anchor>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </Text>
  );
}

export function DevMailPage() {
  const caughtMail = useCaughtMail({ refetchInterval: 3000 });

  return (
    <>
      <PageHeader
        title="Development mailbox"
        description="Every e-mail this server sends lands here instead of a real inbox, newest first. Shown only to this machine: anyone else who opens this address is told it was not found."
      />
      {caughtMail.isPending && <PageLoader label="Loading mail" />}
      {isApiError(caughtMail.error) && caughtMail.error.status === 404 ? (
        <Text>
          There is no development mailbox here. It exists only while the server catches its e-mail instead of sending
          it, and only for this machine.
        </Text>
      ) : (
        caughtMail.isError && <QueryError error={caughtMail.error} onRetry={() => void caughtMail.refetch()} />
      )}
      {caughtMail.data?.mail.length === 0 && (
        <Text>No mail yet. Invite someone or ask for a password reset, and it will appear here.</Text>
      )}
      <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
        {caughtMail.data?.mail.map((mail) => (
          <Card key={mail.id} withBorder component="li">
            <Stack gap="xs">
              <Title order={2} size="h4">
                {mail.subject}
              </Title>
              <Group gap="md">
                <Text size="sm">To: {mail.to}</Text>
                <Text size="sm" c="dimmed">
                  {new Date(mail.receivedAt).toLocaleString()}
                </Text>
              </Group>
              <MailText text={mail.text} />
            </Stack>
          </Card>
        ))}
      </Stack>
    </>
  );
}
