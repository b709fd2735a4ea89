import type { AVAILABILITY, SHIFT_PATTERNS } from '#shared/contracts/profile.ts';

export const SHIFT_PATTERN_LABELS: Record<(typeof SHIFT_PATTERNS)[number], string> = {
  days: 'Mostly days',
  nights: 'Mostly nights',
  rotating: 'Rotating rosters',
  part_time: 'Part-time',
  flexible: 'Flexible',
};

export const AVAILABILITY_LABELS: Record<(typeof AVAILABILITY)[number], string> = {
  weekday_mornings: 'Weekday mornings',
  weekday_lunch: 'Weekday lunchtimes',
  weekday_evenings: 'Weekday evenings',
  weekends: 'Weekends',
};
