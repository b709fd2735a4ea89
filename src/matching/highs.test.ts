import fc from 'fast-check';
import highsLoader from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveMatching } from '#matching/solve.ts';
import { smallInstance } from '#matching/testing/arbitraries.ts';
import { matchingBonus, matchingLp, type LpPair } from '#matching/testing/lp-format.ts';
import type { MatchingInstance } from '#matching/types.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

/** 3,000 runs take 5–8 s on the 2-core development machine (5,000 took 12.5 s and doubled the folder's test time). */
const RUNS = 3000;
let highs: Highs;

beforeAll(async () => {
  highs = await highsLoader();
});

/**
 * The LP optimum: mentees placed and total score, read from HiGHS's primal solution. Forbidden
 * pairs are left out of the LP and pinned ones fixed at 1, so it is the optimum given the pins.
 */
function lpOptimum(instance: MatchingInstance): { matched: number; total: number } {
  const mentorAt = new Map(instance.mentors.map((m, j) => [m.id, j]));
  const menteeAt = new Map(instance.mentees.map((m, i) => [m.id, i]));
  const key = (p: { mentor: string; mentee: string }): string => `${p.mentor}/${p.mentee}`;
  const forbidden = new Set((instance.forbids ?? []).map(key));
  const pinned = new Set((instance.pins ?? []).map(key));
  const pairs: LpPair[] = instance.pairs
    .filter((p) => !forbidden.has(key(p)))
    .map((p) => ({
      mentor: mentorAt.get(p.mentor)!,
      mentee: menteeAt.get(p.mentee)!,
      score: p.score,
      pinned: pinned.has(key(p)),
    }));
  // Every candidate forbidden: nothing to place (HiGHS calls a model without columns Empty).
  if (pairs.length === 0) return { matched: 0, total: 0 };
  const capacity = instance.mentors.map((m) => m.capacity);
  const places = capacity.reduce((a, b) => a + b, 0);
  const lp = matchingLp(
    pairs,
    capacity,
    instance.mentees.length,
    matchingBonus(pairs, instance.mentees.length, places),
  );
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
  it(`reaches the LP optimum on ${RUNS} random instances up to 30 × 12, with and without pins and forbids`, () => {
    const medium = { maxMentees: 30, maxMentors: 12, maxCapacity: 4 };
    const instances = fc.oneof(
      ...[true, false].flatMap((integerScores) =>
        [true, false].map((withPinsAndForbids) => smallInstance({ ...medium, integerScores, withPinsAndForbids })),
      ),
    );
    fc.assert(
      fc.property(instances, (instance) => {
        const result = solveMatching(instance);
        const lp = lpOptimum(instance);
        expect(result.matched).toBe(lp.matched);
        expect(Math.abs(result.objective - lp.total)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(lp.total)));
        const chosen = new Set(result.pairs.map((p) => `${p.mentor}/${p.mentee}`));
        for (const pin of instance.pins ?? []) expect(chosen.has(`${pin.mentor}/${pin.mentee}`)).toBe(true);
        for (const forbid of instance.forbids ?? [])
          expect(chosen.has(`${forbid.mentor}/${forbid.mentee}`)).toBe(false);
      }),
      { numRuns: RUNS, seed: 42 },
    );
  });
});
