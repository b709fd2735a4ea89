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

  it('calls only mentors at capacity full, and names the eligible mentors with room when an edit leaves a mentee beside a free place', () => {
    const edited = explainMatching(instance, {
      mode: 'optimal',
      pairs: [{ mentor: 'b', mentee: 'z', score: 1, pinned: false }],
    });
    expect(edited.unmatched).toEqual([
      { mentee: 'x', reason: 'eligible_mentor_has_room', mentors: ['a'] },
      { mentee: 'y', reason: 'eligible_mentors_full', mentors: ['b'] },
      { mentee: 'w', reason: 'no_eligible_mentor', mentors: [] },
    ]);
    // A mentee with one full and one free eligible mentor: the free one is named, the full one is not.
    const mixed: MatchingInstance = {
      mentors: [
        { id: 'full', capacity: 1 },
        { id: 'free', capacity: 2 },
      ],
      mentees: [{ id: 'p' }, { id: 'q' }],
      pairs: [
        { mentor: 'full', mentee: 'p', score: 1 },
        { mentor: 'full', mentee: 'q', score: 1 },
        { mentor: 'free', mentee: 'q', score: 1 },
      ],
    };
    const explained = explainMatching(mixed, {
      mode: 'optimal',
      pairs: [{ mentor: 'full', mentee: 'p', score: 1, pinned: false }],
    });
    expect(explained.unmatched).toEqual([{ mentee: 'q', reason: 'eligible_mentor_has_room', mentors: ['free'] }]);
  });

  it('refuses an edited result that gives a mentor more mentees than places', () => {
    const crowded: MatchingInstance = {
      ...instance,
      pairs: [...instance.pairs, { mentor: 'b', mentee: 'x', score: 1 }],
    };
    const edit = {
      mode: 'optimal' as const,
      pairs: [
        { mentor: 'b', mentee: 'x', score: 1, pinned: false },
        { mentor: 'b', mentee: 'y', score: 2, pinned: false },
      ],
    };
    expect(() => explainMatching(crowded, edit)).toThrow(
      expect.objectContaining({
        name: 'MatchingError',
        code: 'over_capacity',
        field: 'result.pairs[1]',
        message: expect.stringContaining('Mentor b has 1 place'),
      }),
    );
    // The same two mentees spread within capacity are fine.
    expect(
      explainMatching(crowded, {
        ...edit,
        pairs: [{ mentor: 'a', mentee: 'x', score: 4, pinned: false }, edit.pairs[1]!],
      }).matched,
    ).toBe(2);
  });

  it('explains a result a coordinator edited, and refuses a pair that is no candidate', () => {
    const edited = explainMatching(instance, {
      mode: 'optimal',
      pairs: [{ mentor: 'b', mentee: 'z', score: 1, pinned: false }],
    });
    expect(edited.objective).toBe(1);
    expect(() =>
      explainMatching(instance, { mode: 'optimal', pairs: [{ mentor: 'a', mentee: 'y', score: 0, pinned: false }] }),
    ).toThrow(MatchingError);
  });
});
