import { createEvents, type EventAttributes } from 'ics';

export interface CalendarMeeting {
  id: string;
  label: string;
  dueOn: string;
}

/**
 * An all-day entry per planned meeting, with a stable UID, so calendars update an entry rather than
 * duplicate it when the plan changes and the invite is sent again.
 */
export function meetingsCalendar(input: {
  programName: string;
  otherName: string;
  url: string;
  meetings: CalendarMeeting[];
}): string {
  const events: EventAttributes[] = input.meetings.map((m) => {
    const [y, mo, d] = m.dueOn.split('-').map(Number) as [number, number, number];
    return {
      uid: `${m.id}@kindred`,
      start: [y, mo, d],
      duration: { days: 1 },
      title: `Mentoring: ${m.label} with ${input.otherName}`,
      description: `${input.programName}. Plan a time together; log the meeting in Kindred afterwards: ${input.url}`,
      url: input.url,
      productId: 'kindred/mentoring',
      calName: 'Kindred mentoring',
    };
  });
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar could not be built');
  return value;
}
