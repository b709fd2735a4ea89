import type { OutgoingMail } from '../mail/index.ts';

/** A shift's hours as its supporter reads them, in the organisation's time zone ("Mon 3 Mar, 22:00 – 06:00"). */
export function shiftHours(startsAt: Date, endsAt: Date, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short' });
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${day.format(startsAt)}, ${time.format(startsAt)} – ${time.format(endsAt)}`;
}

/** The supporter's own page (their shifts and requests); `supporterLink` in routing-mails.ts is one request's. */
export const supporterPageLink = (orgId: string) => `/o/${orgId}/peer-support`;

export function shiftReminderMail(
  to: { name: string; email: string },
  shift: { hours: string; url: string },
): OutgoingMail {
  return {
    to: to.email,
    subject: `You are on call for Talk to a peer: ${shift.hours}`,
    text:
      `Hello ${to.name},\n\nA reminder that you are on call as a peer supporter ${shift.hours}. Requests will reach ` +
      `you in Kindred and by e-mail while your shift runs.\n\nIf you cannot do it, ask for cover in Kindred as ` +
      `soon as you can, so someone else can take it:\n\n${shift.url}\n\nLook after yourself too: if a request stays ` +
      `with you, ask for a debrief.\n`,
  };
}

export function shiftTakenMail(
  to: { name: string; email: string },
  shift: { hours: string; takenBy: string; url: string },
): OutgoingMail {
  return {
    to: to.email,
    subject: `${shift.takenBy} is covering your shift: ${shift.hours}`,
    text:
      `Hello ${to.name},\n\n${shift.takenBy} has taken your on-call shift ${shift.hours}. You are off the roster ` +
      `for it; nothing else for you to do.\n\n${shift.url}\n`,
  };
}
