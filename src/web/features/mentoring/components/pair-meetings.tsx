import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { MEETING_TOPIC_LABELS, type Pair } from '#shared/contracts/mentoring.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate, todayIn } from '#web/lib/org-time.ts';
import { pairCalendarUrl } from '../api/pair-calendar.ts';
import { LogMeetingModal } from './log-meeting-modal.tsx';
import { FORMAT_LABELS } from './mentoring-labels.ts';
import { Section } from '#web/components/section.tsx';
import { ShowAllButton } from '#web/components/show-all-button.tsx';

type Meeting = Pair['meetings'][number];

function MeetingStatus({ meeting, today }: { meeting: Meeting; today: string }) {
  if (meeting.happenedOn) {
    return (
      <Text size="sm">
        Met on {formatCalendarDate(meeting.happenedOn)}
        {meeting.format ? ` · ${FORMAT_LABELS[meeting.format]}` : ''}
      </Text>
    );
  }
  if (meeting.coveredOn)
    return <Text size="sm">Done: your meeting on {formatCalendarDate(meeting.coveredOn)} counts for this one too</Text>;
  if (!meeting.dueOn) return <Text size="sm">Whenever suits you both</Text>;
  const overdue = meeting.dueOn < today;
  return (
    <Group gap="xs">
      <Text size="sm">Due by {formatCalendarDate(meeting.dueOn)}</Text>
      {overdue && (
        <Badge color="orange" variant="light" radius="sm">
          Overdue
        </Badge>
      )}
    </Group>
  );
}

const AROUND = 2;

const done = (m: Meeting) => m.happenedOn !== null || m.coveredOn !== null;

/** The meetings that matter now: the last few held and the next few due; the rest on request. */
function meetingsNow(meetings: Meeting[]): Meeting[] {
  const held = meetings.filter(done).slice(-AROUND);
  const due = meetings.filter((m) => !done(m)).slice(0, AROUND);
  return meetings.filter((m) => held.includes(m) || due.includes(m));
}

/** The plan (one meeting before and one after each rotation term, or one at the program's cadence), and what happened. */
export function PairMeetings({ pair }: { pair: Pair }) {
  const { orgId, timeZone } = useCurrentOrg();
  const [logging, setLogging] = useState<Meeting | null>(null);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? pair.meetings : meetingsNow(pair.meetings);
  const today = todayIn(timeZone);
  const canLog = pair.myRole !== 'coordinator' && pair.status === 'active';
  return (
    <Section title="Meetings">
      {pair.meetings.length === 0 ? (
        <Text c="dimmed">No meetings are planned: the program ends within a week. Meet whenever suits you both.</Text>
      ) : (
        <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((meeting) => (
            <Paper key={meeting.id} component="li" withBorder p="md" bg={done(meeting) ? 'gray.0' : undefined}>
              <Group justify="space-between" align="flex-start" gap="sm">
                <div>
                  <Text fw={700}>{meeting.label}</Text>
                  <MeetingStatus meeting={meeting} today={today} />
                  {meeting.gapNote && (
                    <Text size="sm" c="dimmed">
                      {meeting.gapNote}.
                    </Text>
                  )}
                </div>
                {/* A meeting the gap's other meeting already counts for has nothing to log: the page says it is done. */}
                {canLog && !meeting.coveredOn && (
                  <Button
                    variant={meeting.happenedOn ? 'default' : 'light'}
                    size="sm"
                    onClick={() => setLogging(meeting)}
                    aria-label={`${meeting.happenedOn ? 'Change the log of' : 'Log this meeting:'} ${meeting.label}`}
                  >
                    {meeting.happenedOn ? 'Change the log' : 'Log this meeting'}
                  </Button>
                )}
              </Group>
              {meeting.topics.length > 0 && (
                <Group gap={6} mt="xs" aria-label="Topics" role="group">
                  {meeting.topics.map((topic) => (
                    <Badge key={topic} variant="light" color="gray" radius="sm">
                      {MEETING_TOPIC_LABELS[topic]}
                    </Badge>
                  ))}
                </Group>
              )}
            </Paper>
          ))}
        </Stack>
      )}
      {shown.length < pair.meetings.length && (
        <ShowAllButton onClick={() => setShowAll(true)}>Show all {pair.meetings.length} meetings</ShowAllButton>
      )}
      {pair.meetings.length > 0 && pair.myRole !== 'coordinator' && (
        <Text size="sm" mt="sm">
          <Anchor href={pairCalendarUrl(orgId, pair.id)} download="mentoring.ics">
            Add these meetings to my calendar
          </Anchor>{' '}
          (an .ics file for any calendar app)
        </Text>
      )}
      {logging && (
        <LogMeetingModal
          pairId={pair.id}
          startedOn={pair.startedOn}
          meeting={logging}
          onClose={() => setLogging(null)}
        />
      )}
    </Section>
  );
}
