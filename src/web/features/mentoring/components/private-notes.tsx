import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ZNoteBody } from '#shared/contracts/mentoring.ts';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { useAddNote } from '../api/add-note.ts';
import { useNotes } from '../api/get-notes.ts';
import { Section } from '#web/components/section.tsx';

/** Notes only their writer can read (privacy rule 2): not the other half of the pair, not the coordinator. */
export function PrivateNotes({ pairId }: { pairId: string }) {
  const { orgId, timeZone } = useCurrentOrg();
  const notes = useNotes(orgId, pairId);
  const add = useAddNote(orgId, pairId);
  const { formError, validate, showError, errorFor } = useFormErrors(['body']);
  const [body, setBody] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    const valid = validate(ZNoteBody, { body });
    if (valid) add.mutate(valid.body, { onSuccess: () => setBody(''), onError: showError });
  }

  return (
    <Section title="My private notes">
      <Stack gap="sm">
        <Text>
          Only you can read these: not your mentor or mentee, not the coordinator, not an administrator. Please leave
          out patients and case details.
        </Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <FormError message={formError} />
            <Textarea
              label="New note"
              autosize
              minRows={3}
              maxLength={5000}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              error={errorFor('body')}
            />
            <Group>
              <Button type="submit" variant="light" loading={add.isPending}>
                Save note
              </Button>
            </Group>
          </Stack>
        </form>
        {notes.isPending && <PageLoader label="Loading your notes" />}
        {notes.isError && <QueryError error={notes.error} onRetry={() => void notes.refetch()} />}
        {notes.data?.length === 0 && <Text c="dimmed">No notes yet.</Text>}
        {notes.data && notes.data.length > 0 && (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Your notes">
            {notes.data.map((note) => (
              <Paper key={note.id} component="li" withBorder p="md">
                <Text size="sm" c="dimmed" mb={4}>
                  {formatDateTime(note.createdAt, timeZone)}
                </Text>
                <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{note.body}</Text>
              </Paper>
            ))}
          </Stack>
        )}
      </Stack>
    </Section>
  );
}
