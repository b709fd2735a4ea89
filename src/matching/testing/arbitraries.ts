import fc from 'fast-check';
import { bruteForce, type BruteForceBest } from '#matching/testing/brute-force.ts';
import type { MatchingInstance } from '#matching/types.ts';

export interface SmallInstanceOptions {
  maxMentees: number;
  maxMentors: number;
  maxCapacity: number;
  /** Integer scores make ties, which is where solvers go wrong; fractional ones test arithmetic. */
  integerScores: boolean;
  withPinsAndForbids: boolean;
}

/** Random small instances: a few mentees and mentors, sparse candidates, optional pins and forbids. */
export function smallInstance(options: SmallInstanceOptions): fc.Arbitrary<MatchingInstance> {
  const score = options.integerScores
    ? fc.integer({ min: -3, max: 9 })
    : fc.double({ min: -10, max: 100, noNaN: true, noDefaultInfinity: true });
  return fc
    .record({
      mentees: fc.integer({ min: 1, max: options.maxMentees }),
      capacities: fc.array(fc.integer({ min: 1, max: options.maxCapacity }), {
        minLength: 1,
        maxLength: options.maxMentors,
      }),
      cells: fc.array(fc.tuple(fc.boolean(), score, fc.integer({ min: 0, max: 9 })), {
        minLength: options.maxMentees * options.maxMentors,
        maxLength: options.maxMentees * options.maxMentors,
      }),
    })
    .map(({ mentees, capacities, cells }) => {
      const mentors = capacities.map((capacity, j) => ({ id: `m${j}`, capacity }));
      const instance: MatchingInstance = {
        mentors,
        mentees: Array.from({ length: mentees }, (_, i) => ({ id: `e${i}` })),
        pairs: [],
        pins: [],
        forbids: [],
      };
      const pinned = new Set<string>();
      const pinLoad = capacities.map(() => 0);
      for (let i = 0; i < mentees; i++) {
        for (let j = 0; j < capacities.length; j++) {
          const [present, s, roll] = cells[i * options.maxMentors + j]!;
          if (!present) continue;
          const ref = { mentor: `m${j}`, mentee: `e${i}` };
          instance.pairs.push({ ...ref, score: s });
          if (!options.withPinsAndForbids) continue;
          if (roll === 0 && !pinned.has(ref.mentee) && pinLoad[j]! < capacities[j]!) {
            pinned.add(ref.mentee);
            pinLoad[j]!++;
            instance.pins!.push(ref);
          } else if (roll === 1) {
            instance.forbids!.push(ref);
          }
        }
      }
      if (instance.pairs.length === 0) instance.pairs.push({ mentor: 'm0', mentee: 'e0', score: 1 });
      return instance;
    });
}

export interface ReferenceAnswer extends BruteForceBest {
  pinnedCount: number;
  pinnedTotal: number;
}

/** Brute force on what pins leave open, with the pins added back. */
export function referenceAnswer(instance: MatchingInstance): ReferenceAnswer {
  const pins = instance.pins ?? [];
  const forbidden = new Set((instance.forbids ?? []).map((f) => `${f.mentor}/${f.mentee}`));
  const pinnedMentees = new Set(pins.map((p) => p.mentee));
  const mentorAt = new Map(instance.mentors.map((m, j) => [m.id, j]));
  const menteeAt = new Map(instance.mentees.map((m, i) => [m.id, i]));
  const capacity = instance.mentors.map((m) => m.capacity);
  let pinnedTotal = 0;
  let lowestPinned = Infinity;
  for (const pin of pins) {
    capacity[mentorAt.get(pin.mentor)!]!--;
    const s = instance.pairs.find((p) => p.mentor === pin.mentor && p.mentee === pin.mentee)!.score;
    pinnedTotal += s;
    lowestPinned = Math.min(lowestPinned, s);
  }
  const edges = instance.pairs
    .filter((p) => !pinnedMentees.has(p.mentee) && !forbidden.has(`${p.mentor}/${p.mentee}`))
    .map((p): [number, number, number] => [menteeAt.get(p.mentee)!, mentorAt.get(p.mentor)!, p.score]);
  const best = bruteForce({ capacity, edges, menteeCount: instance.mentees.length }, lowestPinned);
  return { ...best, pinnedCount: pins.length, pinnedTotal };
}
