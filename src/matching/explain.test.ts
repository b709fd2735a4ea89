import { describe, expect, it } from 'vitest';
import { MatchingError } from '#matching/errors.ts';
import { explainMatching } from '#matching/explain.ts';
import { solveMatching } from '#matching/solve.ts';
import type { MatchingInstance } from '#matching/types.ts';

const instance: MatchingInstance = {
  mentors: [
    { id: 'a', capacity: 2 },
    { id: 'b', capacity: 1 },
    { id: 'c', capacity: 1 },
  ],
  mentees: [{ id: 'x' }, { id: 'y' }, { id: 'z' }, { id: 'w' }],
  pairs: [
    { mentor: 'a', mentee: 'x', score: 4, breakdown: { sameSite: 3, shiftPattern: 1 } },
    { mentor: 'b', mentee: 'y', score: 2 },
    { mentor: 'b', mentee: 'z', score: 1 },
    { mentor: 'c', mentee: 'w', score: 8 },
  ],
  forbids: [{ mentor: 'c', mentee: 'w' }],
};

describe('explanations', () => {
  it('breaks each pair down by criterion and says why mentees are unmatched', () => {
    const explanation = explainMatching(instance, solveMatching(instance));
    expect(explanation.pairs).toEqual([
      { mentor: 'a', mentee: 'x', score: 4, pinned: false, breakdown: { sameSite: 3, shiftPattern: 1 } },
      { mentor: 'b', mentee: 'y', score: 2, pinned: false, breakdown: { score: 2 } },
    ]);
    expect(explanation.unmatched).toEqual([
      { mentee: 'z', reason: 'eligible_mentors_full', mentors: ['b'] },
      { mentee: 'w', reason: 'no_eligible_mentor', mentors: [] },
    ]);
    expect(explanation.summary).toEqual({
      mentees: 4,
      mentors: 3,
      matched: 2,
      matchedPercent: 50,
      meanScore: 3,
      lowestScore: 2,
      load: { utilisation: 0.5, meanLoad: 2 / 3, fullMentors: 1, idleMentors: 1, byLoad: [1, 2] },
    });
  });

  it('explains a result a coordinator edited, and refuses a pair that is no candidate', () => {
    const edited = explainMatching(instance, { mode: 'optimal', pairs: [{ mentor: 'b', mentee: 'z', score: 1, pinned: false }] });
    expect(edited.objective).toBe(1);
    expect(() => explainMatching(instance, { mode: 'optimal', pairs: [{ mentor: 'a', mentee: 'y', score: 0, pinned: false }] })).toThrow(MatchingError);
  });
});
