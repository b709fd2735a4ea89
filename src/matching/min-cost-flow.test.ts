import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maximumMatching } from '#matching/maximum-matching.ts';
import { maximiseScore } from '#matching/min-cost-flow.ts';
import { smallInstance } from '#matching/testing/arbitraries.ts';
import { prepareInstance } from '#matching/validate.ts';

describe('maximiseScore', () => {
  it('finds the same optimum routing mentees or routing mentors', () => {
    const medium = { maxMentees: 25, maxMentors: 10, maxCapacity: 4, withPinsAndForbids: false };
    fc.assert(
      fc.property(
        fc.oneof(smallInstance({ ...medium, integerScores: true }), smallInstance({ ...medium, integerScores: false })),
        (instance) => {
          const { graph } = prepareInstance(instance);
          const { size } = maximumMatching(graph);
          const outcome = (side: 'mentees' | 'mentors'): [number, number] => {
            let matched = 0;
            let total = 0;
            for (const edge of maximiseScore(graph, size, side)) {
              if (edge < 0) continue;
              matched++;
              total += graph.score[edge]!;
            }
            return [matched, total];
          };
          const [menteeMatched, menteeTotal] = outcome('mentees');
          const [mentorMatched, mentorTotal] = outcome('mentors');
          expect(menteeMatched).toBe(size);
          expect(mentorMatched).toBe(size);
          expect(menteeTotal).toBeCloseTo(mentorTotal, 9);
        },
      ),
      { numRuns: 500, seed: 5 },
    );
  });

  it('places nobody when there are no edges', () => {
    const { graph } = prepareInstance({
      mentors: [{ id: 'm', capacity: 1 }],
      mentees: [{ id: 'e' }],
      pairs: [{ mentor: 'm', mentee: 'e', score: 1 }],
      forbids: [],
    });
    const empty = {
      ...graph,
      start: new Int32Array(2),
      mentor: new Int32Array(0),
      score: new Float64Array(0),
      pairIndex: new Int32Array(0),
    };
    expect(Array.from(maximiseScore(empty, 0))).toEqual([-1]);
  });
});
