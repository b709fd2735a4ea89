import fc from 'fast-check';
import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveMatching } from '#matching/solve.ts';
import { smallInstance } from '#matching/testing/arbitraries.ts';
import { matchingBonus, matchingLp, type LpPair } from '#matching/testing/lp-format.ts';
import type { MatchingInstance } from '#matching/types.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Highs;

beforeAll(async () => {
  highs = await highsLoader();
});

/** The LP optimum: mentees placed and total score, read from HiGHS's primal solution. */
function lpOptimum(instance: MatchingInstance): { matched: number; total: number } {
  const mentorAt = new Map(instance.mentors.map((m, j) => [m.id, j]));
  const menteeAt = new Map(instance.mentees.map((m, i) => [m.id, i]));
  const pairs: LpPair[] = instance.pairs.map((p) => ({ mentor: mentorAt.get(p.mentor)!, mentee: menteeAt.get(p.mentee)!, score: p.score }));
  const capacity = instance.mentors.map((m) => m.capacity);
  const places = capacity.reduce((a, b) => a + b, 0);
  const lp = matchingLp(pairs, capacity, instance.mentees.length, matchingBonus(pairs, instance.mentees.length, places));
  const solution = highs.solve(lp, { output_flag: false });
  expect(solution.Status).toBe('Optimal');
  let matched = 0;
  let total = 0;
  pairs.forEach((p, k) => {
    const column = solution.Columns[`x${k}`];
    const x = column !== undefined && 'Primal' in column ? column.Primal : 0;
    matched += x;
    total += x * p.score;
  });
  return { matched: Math.round(matched), total };
}

describe('solveMatching against the HiGHS LP solver', () => {
  it('reaches the LP optimum on 400 random instances up to 30 × 12', () => {
    const medium = { maxMentees: 30, maxMentors: 12, maxCapacity: 4, withPinsAndForbids: false };
    fc.assert(
      fc.property(fc.oneof(smallInstance({ ...medium, integerScores: true }), smallInstance({ ...medium, integerScores: false })), (instance) => {
        const result = solveMatching(instance);
        const lp = lpOptimum(instance);
        expect(result.matched).toBe(lp.matched);
        expect(Math.abs(result.objective - lp.total)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(lp.total)));
      }),
      { numRuns: 400, seed: 42 },
    );
  });
});
