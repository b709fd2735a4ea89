/** Times are shown in the organisation's time zone (DESIGN.md section 6), not the browser's. */
export function formatDateTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

/** A calendar date (YYYY-MM-DD) has no time zone: format it as the same day everywhere. */
export function formatCalendarDate(isoDate: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The day an instant falls on, in the organisation's time zone. */
export function formatDate(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone }).format(new Date(iso));
}

/** The calendar date (YYYY-MM-DD) an instant falls on in the organisation's time zone; today by default. */
export function todayIn(timeZone: string, instant: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(
    instant,
  );
}
