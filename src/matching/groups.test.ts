import { describe, expect, it } from 'vitest';
import { allocateGroups, type GroupMember, type SupportGroup } from '#matching/groups.ts';

describe('allocateGroups', () => {
  const groups: SupportGroup[] = [
    { id: 'ed-tue', department: 'emergency', timeSlot: 'tue-18' },
    { id: 'psych-thu', department: 'psychiatry', timeSlot: 'thu-18' },
    { id: 'mixed-wed', timeSlot: 'wed-12', capacity: 2 },
  ];

  it('places members only at a time they can come, by department first, at most 6 a group', () => {
    const members: GroupMember[] = Array.from({ length: 9 }, (_, k) => ({
      id: `ed${k}`,
      department: 'emergency',
      availability: ['tue-18', 'wed-12'],
    }));
    members.push(
      { id: 'p1', department: 'psychiatry', availability: ['thu-18'] },
      { id: 'lonely', availability: ['sun-09'] },
    );
    const result = allocateGroups(members, groups);
    const size = (g: string): number => result.pairs.filter((p) => p.mentor === g).length;
    expect(size('ed-tue')).toBe(6);
    expect(size('mixed-wed')).toBe(2);
    expect(result.pairs.find((p) => p.mentee === 'p1')?.mentor).toBe('psych-thu');
    expect(result.unmatched.map((u) => [u.mentee, u.reason])).toEqual([
      ['ed8', 'eligible_mentors_full'],
      ['lonely', 'no_eligible_mentor'],
    ]);
  });

  it('honours a member’s own choice when it costs nobody a place', () => {
    const result = allocateGroups(
      [{ id: 'a', department: 'emergency', availability: ['tue-18', 'wed-12'], preferredGroups: ['mixed-wed'] }],
      groups,
      {
        weights: { memberPreference: 5 },
      },
    );
    expect(result.pairs[0]!.mentor).toBe('mixed-wed');
  });
});
