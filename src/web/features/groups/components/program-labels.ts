import type { GroupTemplate } from '#shared/contracts/groups.ts';

export const TEMPLATE_LABELS: Record<GroupTemplate, string> = {
  department_peer_support: 'Department peer support',
  returning_to_work: 'Returning to work after a break',
  new_to_the_area: 'New to the area',
  students_on_placement: 'Students on placement',
};

/** The time slots members give on their profile, which groups are allocated by. */
export const TIME_SLOT_LABELS: Record<string, string> = {
  weekday_mornings: 'Weekday mornings',
  weekday_lunch: 'Weekday lunchtimes',
  weekday_evenings: 'Weekday evenings',
  weekends: 'Weekends',
};

export const timeSlotLabel = (slot: string) => TIME_SLOT_LABELS[slot] ?? slot;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
