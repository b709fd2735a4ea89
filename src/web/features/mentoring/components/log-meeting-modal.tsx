import { Alert, Checkbox, Modal, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  MEETING_FORMATS,
  MEETING_TOPIC_LABELS,
  MEETING_TOPICS,
  ZMeetingLog,
  type Pair,
} from '#shared/contracts/mentoring.ts';
import { FormActions } from '#web/components/form-actions.tsx';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFormErrors } from '#web/lib/form-errors.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { useLogMeeting, type MeetingLog } from '../api/log-meeting.ts';
import { FORMAT_LABELS } from './mentoring-labels.ts';

const FIELDS = ['happenedOn', 'format', 'topics'] as const;

/** A meeting is logged for a day between the pair's first day and today (the server holds the same rule). */
export function LogMeetingModal({
  pairId,
  startedOn,
  meeting,
  onClose,
}: {
  pairId: string;
  startedOn: string;
  meeting: Pair['meetings'][number];
  onClose: () => void;
}) {
  const { orgId, timeZone } = useCurrentOrg();
  const log = useLogMeeting(orgId, pairId);
  const { formError, validate, showError, errorFor } = useFormErrors(FIELDS);
  const today = todayIn(timeZone);
  const [happenedOn, setHappenedOn] = useState(meeting.happenedOn ?? today);
  const [format, setFormat] = useState<MeetingLog['format'] | null>(meeting.format);
  const [topics, setTopics] = useState<MeetingLog['topics']>(meeting.topics);

  function submit(event: FormEvent) {
    event.preventDefault();
    const body = validate(ZMeetingLog, { happenedOn, format: format ?? undefined, topics });
    if (body) log.mutate({ meetingId: meeting.id, ...body }, { onSuccess: onClose, onError: showError });
  }

  return (
    <Modal opened onClose={onClose} title={`Log the meeting: ${meeting.label}`} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Alert variant="light" color="blue">
            No clinical detail is needed or wanted: just when you met, how, and the topics. Keep patients and cases out
            of it. Anything personal can go in your private notes.
          </Alert>
          <FormError message={formError} />
          <TextInput
            label="Date you met"
            type="date"
            required
            min={startedOn}
            max={today}
            value={happenedOn}
            onChange={(e) => setHappenedOn(e.currentTarget.value)}
            error={errorFor('happenedOn')}
            data-autofocus
          />
          <Radio.Group
            size="md"
            label="How you met"
            withAsterisk
            value={format}
            onChange={(value) => setFormat(value as MeetingLog['format'])}
            error={errorFor('format') && 'Choose how you met'}
          >
            <SimpleGrid cols={{ base: 2, sm: 4 }} mt="xs">
              {MEETING_FORMATS.map((f) => (
                <Radio key={f} value={f} label={FORMAT_LABELS[f]} size="md" />
              ))}
            </SimpleGrid>
          </Radio.Group>
          <Checkbox.Group
            size="md"
            label="What you talked about"
            withAsterisk
            value={topics}
            onChange={(value) => setTopics(value as MeetingLog['topics'])}
            error={errorFor('topics')}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt="xs">
              {MEETING_TOPICS.map((topic) => (
                <Checkbox key={topic} value={topic} label={MEETING_TOPIC_LABELS[topic]} size="md" />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <FormActions onCancel={onClose} pending={log.isPending}>
            Save meeting
          </FormActions>
        </Stack>
      </form>
    </Modal>
  );
}
