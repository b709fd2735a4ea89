import { createEvents, type EventAttributes } from 'ics';

export interface CalendarSession {
  id: string;
  startsAt: Date;
  durationMinutes: number;
  location: string;
  sequence: number;
  cancelled: boolean;
}

/** "Tuesday 12 January 2027 at 6:30 pm", in the organisation's time zone. */
export const formatWhen = (at: Date, timeZone: string) =>
  new Intl.DateTimeFormat('en-AU', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  })
    .format(at)
    .replace(', ', ' at ');

const utc = (d: Date): [number, number, number, number, number] => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

function event(
  s: CalendarSession,
  input: {
    groupName: string;
    url: string;
    organizer: { name: string; email: string };
    attendee?: { name: string; email: string };
  },
): EventAttributes {
  return {
    uid: `${s.id}@kindred`,
    sequence: s.sequence,
    start: utc(s.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    duration: { minutes: s.durationMinutes },
    title: `Peer support group: ${input.groupName}`,
    description: `Your peer support group. RSVP and the session's details in Kindred: ${input.url}`,
    location: s.location,
    url: input.url,
    status: s.cancelled ? 'CANCELLED' : 'CONFIRMED',
    organizer: input.organizer,
    ...(input.attendee
      ? {
          attendees: [
            { name: input.attendee.name, email: input.attendee.email, rsvp: false, role: 'REQ-PARTICIPANT' as const },
          ],
        }
      : {}),
    productId: 'kindred/groups',
  };
}

/**
 * An invitation for one person to one session. The UID is the session's id and SEQUENCE its change
 * count, so a calendar that holds the invite replaces it when the session moves (METHOD:REQUEST) or
 * removes it when it is cancelled (METHOD:CANCEL).
 */
export function sessionInvite(
  session: CalendarSession,
  input: {
    groupName: string;
    url: string;
    organizer: { name: string; email: string };
    attendee: { name: string; email: string };
  },
) {
  const method = session.cancelled ? 'CANCEL' : 'REQUEST';
  const { error, value } = createEvents([event(session, input)], { method, productId: 'kindred/groups' });
  if (error || !value) throw error ?? new Error('invite could not be built');
  return {
    filename: session.cancelled ? 'cancelled.ics' : 'invite.ics',
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: value,
  };
}

/** The group's coming sessions as a calendar to subscribe to or import (METHOD:PUBLISH). */
export function groupCalendar(
  sessions: CalendarSession[],
  input: { groupName: string; url: string; organizer: { name: string; email: string } },
): string {
  if (sessions.length === 0)
    return 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:kindred/groups\r\nMETHOD:PUBLISH\r\nEND:VCALENDAR\r\n';
  const { error, value } = createEvents(
    sessions.map((s) => event(s, input)),
    { method: 'PUBLISH', productId: 'kindred/groups', calName: input.groupName },
  );
  if (error || !value) throw error ?? new Error('calendar could not be built');
  return value;
}

/** The mail sender as the invites' organiser: "Kindred <no-reply@…>" → name and address. */
export function organizerOf(mailFrom: string) {
  const match = mailFrom.match(/^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/);
  return match
    ? { name: match[1]!.trim() || 'Kindred', email: match[2]! }
    : { name: 'Kindred', email: mailFrom.trim() };
}
