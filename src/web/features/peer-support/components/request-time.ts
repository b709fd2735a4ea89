/**
 * A time someone acts by, on the organisation's clock: "03:40" when it is today there, "Tue 14 Jan, 03:40"
 * otherwise. Twenty-four hours, so 3 a.m. is never read as 3 p.m.
 */
export function formatByTime(iso: string, timeZone: string, now: Date = new Date()): string {
  const day = (instant: Date) =>
    new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone }).format(instant);
  const instant = new Date(iso);
  const time = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
  if (day(instant) === day(now)) return time.format(instant);
  const date = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone });
  return `${date.format(instant)}, ${time.format(instant)}`;
}
