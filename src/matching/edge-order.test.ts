import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortRowsByScore } from '#matching/edge-order.ts';

describe('sortRowsByScore', () => {
  it('groups every edge under its row, with bounds that cover the scores and never rise along a row', () => {
    const edges = fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.double({ min: -50, max: 50, noNaN: true })), {
      maxLength: 200,
    });
    fc.assert(
      fc.property(edges, (list) => {
        const row = Int32Array.from(list, ([r]) => r);
        const score = Float64Array.from(list, ([, s]) => s);
        const column = Int32Array.from(list, (_, k) => k);
        const sorted = sortRowsByScore(5, row, column, score);
        expect(Array.from(sorted.origin).sort((a, b) => a - b)).toEqual(list.map((_, k) => k));
        for (let r = 0; r < 5; r++) {
          for (let t = sorted.start[r]!; t < sorted.start[r + 1]!; t++) {
            const e = sorted.origin[t]!;
            expect(row[e]).toBe(r);
            expect(sorted.column[t]).toBe(column[e]);
            expect(sorted.score[t]).toBe(score[e]);
            expect(sorted.bound[t]).toBeGreaterThanOrEqual(score[e]!);
            if (t > sorted.start[r]!) expect(sorted.bound[t]).toBeLessThanOrEqual(sorted.bound[t - 1]!);
          }
        }
      }),
      { numRuns: 500, seed: 37 },
    );
  });
});
