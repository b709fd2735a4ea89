import type { GroupForMember } from '#shared/contracts/groups.ts';

type Schedule = Pick<GroupForMember, 'cadenceDays' | 'durationMinutes' | 'firstSessionOn' | 'startTime'>;

/** The group's start time ("18:30", in the organisation's time zone) as people read it: "6:30 pm". */
export function startTimeText(startTime: string): string {
  return new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone: 'UTC' }).format(
    new Date(`1970-01-01T${startTime}:00Z`),
  );
}

function everyText(cadenceDays: number): string {
  if (cadenceDays === 7) return 'Every week';
  if (cadenceDays % 7 === 0) return `Every ${cadenceDays / 7} weeks`;
  return `Every ${cadenceDays} days`;
}

/** "Every 2 weeks on Tuesdays at 6:30 pm, for 45 minutes": the series sessions keep unless one is moved. */
export function meetsText(group: Schedule): string {
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${group.firstSessionOn}T00:00:00Z`),
  );
  const on = group.cadenceDays % 7 === 0 ? ` on ${weekday}s` : '';
  return `${everyText(group.cadenceDays)}${on} at ${startTimeText(group.startTime)}, for ${group.durationMinutes} minutes`;
}

export function meetsHowText(kind: 'video' | 'room'): string {
  return kind === 'video' ? 'By video call' : 'In person';
}

/** The next session that has not started and is not cancelled. */
export function nextSession<T extends { startsAt: string; cancelled: boolean }>(
  sessions: readonly T[],
  now = Date.now(),
): T | undefined {
  return sessions
    .filter((s) => !s.cancelled && Date.parse(s.startsAt) > now)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))[0];
}
