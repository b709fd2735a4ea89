import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLateApplicants, rematch } from '#matching/incremental.ts';
import { solveMatching } from '#matching/solve.ts';
import { smallInstance } from '#matching/testing/arbitraries.ts';
import type { MatchingInstance } from '#matching/types.ts';

const instance: MatchingInstance = {
  mentors: [
    { id: 'a', capacity: 1 },
    { id: 'b', capacity: 2 },
  ],
  mentees: [{ id: 'x' }, { id: 'y' }],
  pairs: [
    { mentor: 'a', mentee: 'x', score: 9 },
    { mentor: 'b', mentee: 'x', score: 5 },
    { mentor: 'b', mentee: 'y', score: 6 },
  ],
};

describe('rematch', () => {
  it('moves one mentee to someone new and leaves every other pair alone', () => {
    const first = solveMatching(instance);
    expect(first.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['x-a', 'y-b']);
    const again = rematch(instance, first, 'x');
    expect(again.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['x-b', 'y-b']);
  });

  it('reports the mentee unmatched when every other eligible mentor is full', () => {
    const first = solveMatching({
      ...instance,
      mentors: [
        { id: 'a', capacity: 1 },
        { id: 'b', capacity: 1 },
      ],
    });
    const again = rematch(
      {
        ...instance,
        mentors: [
          { id: 'a', capacity: 1 },
          { id: 'b', capacity: 1 },
        ],
      },
      first,
      'x',
    );
    expect(again.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['y-b']);
    expect(again.unmatched).toEqual([{ mentee: 'x', reason: 'eligible_mentors_full', mentors: ['b'] }]);
  });

  it('says so when a mentee left out keeps waiting beside the place a rematch freed', () => {
    const tight: MatchingInstance = {
      mentors: [
        { id: 'a', capacity: 1 },
        { id: 'b', capacity: 1 },
      ],
      mentees: [{ id: 'x' }, { id: 'y' }, { id: 'u' }],
      pairs: [
        { mentor: 'a', mentee: 'x', score: 9 },
        { mentor: 'b', mentee: 'y', score: 6 },
        { mentor: 'a', mentee: 'u', score: 5 },
      ],
    };
    const first = solveMatching(tight);
    expect(first.unmatched).toEqual([{ mentee: 'u', reason: 'eligible_mentors_full', mentors: ['a'] }]);
    const again = rematch(tight, first, 'x');
    // Only x is rematched, so u is not placed; a is no longer full, and the reason says so.
    expect(again.unmatched).toEqual([
      { mentee: 'x', reason: 'no_eligible_mentor', mentors: [] },
      { mentee: 'u', reason: 'eligible_mentor_has_room', mentors: ['a'] },
    ]);
  });

  it('never disturbs other pairs, on random instances', () => {
    fc.assert(
      fc.property(
        smallInstance({ maxMentees: 6, maxMentors: 4, maxCapacity: 2, integerScores: true, withPinsAndForbids: false }),
        fc.nat(),
        (random, pick) => {
          const first = solveMatching(random);
          const target = random.mentees[pick % random.mentees.length]!.id;
          const again = rematch(random, first, target);
          const before = first.pairs.filter((p) => p.mentee !== target).map((p) => `${p.mentee}-${p.mentor}`);
          const after = again.pairs.filter((p) => p.mentee !== target).map((p) => `${p.mentee}-${p.mentor}`);
          expect(after).toEqual(before);
          const old = first.pairs.find((p) => p.mentee === target);
          const now = again.pairs.find((p) => p.mentee === target);
          if (old && now) expect(now.mentor).not.toBe(old.mentor);
        },
      ),
      { numRuns: 500, seed: 29 },
    );
  });
});

describe('addLateApplicants', () => {
  it('fills the free places with late applicants without moving anyone', () => {
    const first = solveMatching(instance);
    const later: MatchingInstance = {
      ...instance,
      mentees: [...instance.mentees, { id: 'z' }],
      pairs: [...instance.pairs, { mentor: 'a', mentee: 'z', score: 100 }, { mentor: 'b', mentee: 'z', score: 1 }],
    };
    const result = addLateApplicants(later, first);
    // z would displace x from a in a fresh solve; here x keeps a and z takes b's free place.
    expect(result.pairs.map((p) => `${p.mentee}-${p.mentor}`)).toEqual(['x-a', 'y-b', 'z-b']);
    expect(solveMatching(later).pairs.map((p) => `${p.mentee}-${p.mentor}`)).toContain('z-a');
  });
});
