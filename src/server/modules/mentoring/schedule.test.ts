import { describe, expect, it } from 'vitest';
import { gapsBetweenTerms, planMeetings, type PlanEntry } from './schedule.ts';

const terms = [
  { id: 't1', name: 'Term 1', startsOn: '2027-06-01', endsOn: '2027-09-24' },
  { id: 't2', name: 'Term 2', startsOn: '2027-09-25', endsOn: '2027-12-10' },
];

/** The plan a pair matched on 1 May gets, with `held` logged on the meetings it names. */
function plan(held: Record<string, string> = {}, withTerms = terms): PlanEntry[] {
  const names = new Map(withTerms.map((t) => [t.id, t.name]));
  return planMeetings({ today: '2027-05-01', endsOn: '2027-12-31', cadenceDays: 42, terms: withTerms }).map((m) => ({
    id: m.label,
    dueOn: m.dueOn,
    termId: m.termId,
    termName: m.termId ? names.get(m.termId)! : null,
    happenedOn: held[m.label] ?? null,
  }));
}

describe('one meeting in the gap between two terms', () => {
  it('counts for both "After Term 1" and "Before Term 2", and the plan says so on both', () => {
    const entries = plan({ 'After Term 1': '2027-09-24' });
    expect(entries.map((m) => [m.id, m.dueOn])).toEqual([
      ['Before Term 1', '2027-06-01'],
      ['After Term 1', '2027-09-24'],
      ['Before Term 2', '2027-09-25'],
      ['After Term 2', '2027-12-10'],
    ]);
    const gaps = gapsBetweenTerms(entries);
    expect([...gaps.keys()]).toEqual(['After Term 1', 'Before Term 2']);
    expect(gaps.get('Before Term 2')).toEqual({
      sharedWith: 'After Term 1',
      note: 'One meeting between Term 1 and Term 2 counts for both',
      coveredOn: '2027-09-24',
    });
    expect(gaps.get('After Term 1')).toMatchObject({
      note: 'One meeting between Term 1 and Term 2 counts for both',
      coveredOn: null,
    });
  });

  it('counts whichever of the two it was logged on', () => {
    expect(gapsBetweenTerms(plan({ 'Before Term 2': '2027-09-27' })).get('After Term 1')?.coveredOn).toBe('2027-09-27');
  });

  it('is in the gap from two weeks before the first is due to two weeks after the second', () => {
    const covered = (day: string) =>
      gapsBetweenTerms(plan({ 'After Term 1': day })).get('Before Term 2')?.coveredOn ?? null;
    expect(covered('2027-09-10')).toBe('2027-09-10');
    expect(covered('2027-09-09')).toBeNull();
    expect(covered('2027-08-01')).toBeNull();
    const late = (day: string) =>
      gapsBetweenTerms(plan({ 'Before Term 2': day })).get('After Term 1')?.coveredOn ?? null;
    expect(late('2027-10-09')).toBe('2027-10-09');
    expect(late('2027-10-10')).toBeNull();
  });

  it('spans a holiday between terms', () => {
    const apart = [
      { id: 't1', name: 'Term 1', startsOn: '2027-06-01', endsOn: '2027-09-24' },
      { id: 't2', name: 'Term 2', startsOn: '2027-10-20', endsOn: '2027-12-10' },
    ];
    expect(gapsBetweenTerms(plan({ 'After Term 1': '2027-10-05' }, apart)).get('Before Term 2')?.coveredOn).toBe(
      '2027-10-05',
    );
  });

  it('does not join a term’s own two meetings, two meetings both held, or meetings at the program’s cadence', () => {
    const gaps = gapsBetweenTerms(
      plan({ 'Before Term 1': '2027-06-01', 'After Term 1': '2027-09-20', 'Before Term 2': '2027-09-26' }),
    );
    expect(gaps.has('Before Term 1')).toBe(false);
    expect(gaps.get('After Term 1')?.coveredOn).toBeNull();
    expect(gaps.get('Before Term 2')?.coveredOn).toBeNull();
    const cadence = plan({}, []);
    expect(cadence.length).toBeGreaterThan(2);
    expect(gapsBetweenTerms(cadence.map((m, i) => ({ ...m, happenedOn: i === 0 ? m.dueOn : null }))).size).toBe(0);
  });
});
