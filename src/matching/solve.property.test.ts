import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveMatching } from '#matching/solve.ts';
import { referenceAnswer, smallInstance } from '#matching/testing/arbitraries.ts';
import type { MatchingInstance, MatchingResult } from '#matching/types.ts';

const tiny = { maxMentees: 6, maxMentors: 4, maxCapacity: 3, withPinsAndForbids: true };

/** Everything a result must respect whatever the objective. */
function expectFeasible(instance: MatchingInstance, result: MatchingResult): void {
  const capacity = new Map(instance.mentors.map((m) => [m.id, m.capacity]));
  const scores = new Map(instance.pairs.map((p) => [`${p.mentor}/${p.mentee}`, p.score]));
  const forbidden = new Set((instance.forbids ?? []).map((f) => `${f.mentor}/${f.mentee}`));
  const seen = new Set<string>();
  const load = new Map<string, number>();
  for (const pair of result.pairs) {
    const key = `${pair.mentor}/${pair.mentee}`;
    expect(scores.get(key), `${key} is a candidate`).toBe(pair.score);
    expect(forbidden.has(key), `${key} is not forbidden`).toBe(false);
    expect(seen.has(pair.mentee), `${pair.mentee} once`).toBe(false);
    seen.add(pair.mentee);
    load.set(pair.mentor, (load.get(pair.mentor) ?? 0) + 1);
  }
  for (const [mentor, used] of load) expect(used).toBeLessThanOrEqual(capacity.get(mentor)!);
  for (const pin of instance.pins ?? []) {
    expect(result.pairs.some((p) => p.mentor === pin.mentor && p.mentee === pin.mentee && p.pinned)).toBe(true);
  }
  expect(result.matched + result.unmatched.length).toBe(instance.mentees.length);
}

describe('solveMatching against brute force', () => {
  it('optimal mode: most mentees, then the highest total, on 3,000 tiny instances', () => {
    fc.assert(
      fc.property(
        fc.oneof(smallInstance({ ...tiny, integerScores: true }), smallInstance({ ...tiny, integerScores: false })),
        (instance) => {
          const result = solveMatching(instance);
          expectFeasible(instance, result);
          const best = referenceAnswer(instance);
          expect(result.matched).toBe(best.matched + best.pinnedCount);
          expect(result.objective).toBeCloseTo(best.total + best.pinnedTotal, 9);
        },
      ),
      { numRuns: 3000, seed: 20261123 },
    );
  });

  it('fair mode: most mentees, then the highest lowest score, then the highest total', () => {
    fc.assert(
      fc.property(
        fc.oneof(smallInstance({ ...tiny, integerScores: true }), smallInstance({ ...tiny, integerScores: false })),
        (instance) => {
          const result = solveMatching(instance, { mode: 'fair' });
          expectFeasible(instance, result);
          const best = referenceAnswer(instance);
          expect(result.matched).toBe(best.matched + best.pinnedCount);
          if (result.matched > 0) expect(result.summary.lowestScore).toBeCloseTo(best.bottleneck, 12);
          expect(result.objective).toBeCloseTo(best.fairTotal + best.pinnedTotal, 9);
        },
      ),
      { numRuns: 1500, seed: 7 },
    );
  });

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(
        smallInstance({ ...tiny, integerScores: true }),
        fc.constantFrom('optimal', 'fair', 'stable' as const),
        (instance, mode) => {
          const copy = structuredClone(instance);
          expect(solveMatching(copy, { mode })).toEqual(solveMatching(instance, { mode }));
        },
      ),
      { numRuns: 300, seed: 3 },
    );
  });

  it('explains every unmatched mentee: no eligible mentor, or every eligible mentor full (every mode)', () => {
    fc.assert(
      fc.property(
        smallInstance({ ...tiny, integerScores: true }),
        fc.constantFrom('optimal', 'fair', 'stable' as const),
        (instance, mode) => {
          const result = solveMatching(instance, { mode });
          const load = new Map<string, number>();
          for (const p of result.pairs) load.set(p.mentor, (load.get(p.mentor) ?? 0) + 1);
          for (const u of result.unmatched) {
            expect(u.reason).toBe(u.mentors.length === 0 ? 'no_eligible_mentor' : 'eligible_mentors_full');
            for (const mentor of u.mentors) {
              expect(load.get(mentor)).toBe(instance.mentors.find((m) => m.id === mentor)!.capacity);
            }
          }
        },
      ),
      { numRuns: 500, seed: 11 },
    );
  });
});
