import type { Shift } from '#shared/contracts/peer-support.ts';
import { localParts } from '#web/lib/org-clock.ts';

/** "Monday 3 March": the day a shift starts on the organisation's clock. */
export function shiftDay(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(
    new Date(iso),
  );
}

/** "20:00 to 08:00": a shift's hours on the organisation's clock, written as the roster's slots are. */
export function shiftHours(shift: Pick<Shift, 'startsAt' | 'endsAt'>, timeZone: string): string {
  return `${localParts(shift.startsAt, timeZone).time} to ${localParts(shift.endsAt, timeZone).time}`;
}

/** Shifts by the day they start on, in time order. */
export function shiftsByDay<S extends Pick<Shift, 'startsAt'>>(
  shifts: readonly S[],
  timeZone: string,
): { date: string; shifts: S[] }[] {
  const days = new Map<string, S[]>();
  for (const shift of [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const { date } = localParts(shift.startsAt, timeZone);
    days.set(date, [...(days.get(date) ?? []), shift]);
  }
  return [...days].map(([date, dayShifts]) => ({ date, shifts: dayShifts }));
}
