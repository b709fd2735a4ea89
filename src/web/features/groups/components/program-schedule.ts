import type { Group } from '#shared/contracts/groups.ts';

const DAY = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;
const isoOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/**
 * The next date on the group's schedule from today on (both in the organisation's time zone), or null once
 * it has closed. Facilitators may move or cancel one session; this is the schedule, not that exception.
 */
export function nextSessionOn(
  group: Pick<Group, 'firstSessionOn' | 'cadenceDays' | 'closesOn'>,
  today: string,
): string | null {
  const first = dayNumber(group.firstSessionOn);
  const now = dayNumber(today);
  const steps = now <= first ? 0 : Math.ceil((now - first) / group.cadenceDays);
  const next = isoOf(first + steps * group.cadenceDays);
  return group.closesOn !== null && next > group.closesOn ? null : next;
}

/** "Thu, Dec 3, 17:30": the weekday first, since groups are known by it ("Thursday mornings"); the year only when it is not this one. */
export function nextSessionText(group: Group, today: string): string {
  const next = nextSessionOn(group, today);
  if (!next) return 'Closed';
  const sameYear = next.slice(0, 4) === today.slice(0, 4);
  const date = new Intl.DateTimeFormat(undefined, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: sameYear ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${next}T00:00:00Z`));
  return `${date}, ${group.startTime}`;
}

/** "Every 14 days, 45 minutes, by video" */
export function scheduleText(group: Pick<Group, 'cadenceDays' | 'durationMinutes' | 'location'>): string {
  const every =
    group.cadenceDays === 7
      ? 'Every week'
      : group.cadenceDays === 14
        ? 'Every two weeks'
        : `Every ${group.cadenceDays} days`;
  return `${every}, ${group.durationMinutes} minutes, ${group.location.kind === 'video' ? 'by video' : group.location.detail}`;
}
