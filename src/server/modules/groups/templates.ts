import type { GroupTemplate, SessionPlan } from '#shared/contracts/groups.ts';

export const GROUP_TEMPLATE_INFO: { key: GroupTemplate; name: string; description: string }[] = [
  {
    key: 'department_peer_support',
    name: 'Department peer support',
    description:
      'A standing group for the trainees of one department (for example ICU or emergency): a protected 45 minutes every fortnight to talk about the work and how it sits with you, with two trained facilitators.',
  },
  {
    key: 'returning_to_work',
    name: 'Returning to work after a break',
    description:
      'For doctors coming back after parental leave, illness, research or any time away: confidence, skills that feel rusty, and rosters that fit life.',
  },
  {
    key: 'new_to_the_area',
    name: 'New to the area',
    description:
      'For doctors who have just moved, from another state or another country: finding your feet at the hospital and outside it, with people in the same boat.',
  },
  {
    key: 'students_on_placement',
    name: 'Students on placement',
    description:
      'For medical students on clinical placement: the first deaths, the hierarchy, the hours, and being far from home, talked through with peers.',
  },
];

const THEMES: Record<GroupTemplate, string> = {
  department_peer_support: 'A shift that stayed with you',
  returning_to_work: 'What has changed, and what has not',
  new_to_the_area: 'What I miss, and what I have found',
  students_on_placement: 'Something I saw on placement',
};

/**
 * The default session plan of a template; facilitators edit it per group. Signposting names the
 * organisation's own resources (the crisis resources every page links to).
 */
export function planFromTemplate(
  template: GroupTemplate,
  resources: { label: string; phone: string | null }[],
): SessionPlan {
  const listed = resources.map((r) => (r.phone ? `${r.label} (${r.phone})` : r.label)).join('; ');
  return {
    checkIn:
      'One word or one sentence each: how are you arriving today? Remind everyone: what is said here stays here, unless someone is at risk of harm.',
    theme: THEMES[template],
    checkOut: 'One thing you take away, and one thing you will do for yourself this week.',
    signposting: `If today brought something up, support is there: ${listed || 'see "Need help now?" on every Kindred page'}.`,
  };
}

/** The slot a group's sessions fall in, in the words members' availability uses (for allocation). */
export function timeSlotOf(firstSessionOn: string, startTime: string): string {
  const weekday = new Date(`${firstSessionOn}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return 'weekends';
  const hour = Number(startTime.slice(0, 2));
  if (hour < 11) return 'weekday_mornings';
  if (hour < 15) return 'weekday_lunch';
  return 'weekday_evenings';
}
