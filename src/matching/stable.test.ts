import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveMatching, stableMatching } from '#matching/solve.ts';
import { smallInstance } from '#matching/testing/arbitraries.ts';
import type { MatchingInstance, MatchingResult, Preferences } from '#matching/types.ts';

/** The instance with random ranked lists for some people (the rest rank by score). */
const withPreferences = smallInstance({
  maxMentees: 5,
  maxMentors: 3,
  maxCapacity: 2,
  integerScores: true,
  withPinsAndForbids: true,
}).chain((instance) =>
  fc
    .record({ menteeLists: fc.boolean(), mentorLists: fc.boolean(), seed: fc.integer() })
    .map(({ menteeLists, mentorLists, seed }) => {
      let state = seed >>> 0;
      const random = (): number => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
      const shuffled = <T>(items: T[]): T[] =>
        items
          .map((x) => ({ x, k: random() }))
          .sort((a, b) => a.k - b.k)
          .map(({ x }) => x);
      const preferences: Preferences = {};
      if (menteeLists) {
        preferences.mentees = Object.fromEntries(
          instance.mentees.map((e) => [
            e.id,
            shuffled(instance.mentors.map((m) => m.id)).slice(0, 1 + Math.floor(random() * 3)),
          ]),
        );
      }
      if (mentorLists) {
        preferences.mentors = Object.fromEntries(
          instance.mentors.map((m) => [m.id, shuffled(instance.mentees.map((e) => e.id))]),
        );
      }
      return { ...instance, preferences };
    }),
);

/** A direct reading of the definitions, independent of the library's code. */
function judge(instance: MatchingInstance) {
  const pairScore = new Map(instance.pairs.map((p) => [`${p.mentor}/${p.mentee}`, p.score]));
  const forbidden = new Set((instance.forbids ?? []).map((f) => `${f.mentor}/${f.mentee}`));
  const menteeOrder = instance.mentees.map((e) => e.id);
  const mentorOrder = instance.mentors.map((m) => m.id);
  const key = (lists: Record<string, string[]> | undefined, own: string, other: string, score: number): number => {
    const list = lists?.[own];
    if (!list) return score;
    const rank = list.indexOf(other);
    return rank < 0 ? -Infinity : -rank;
  };
  const acceptable = (mentor: string, mentee: string): boolean => {
    const s = pairScore.get(`${mentor}/${mentee}`);
    if (s === undefined || forbidden.has(`${mentor}/${mentee}`)) return false;
    return (
      key(instance.preferences?.mentees, mentee, mentor, s) > -Infinity &&
      key(instance.preferences?.mentors, mentor, mentee, s) > -Infinity
    );
  };
  /** Whether `mentee` likes mentor a better than mentor b. */
  const menteeLikes = (mentee: string, a: string, b: string): boolean => {
    const ka = key(instance.preferences?.mentees, mentee, a, pairScore.get(`${a}/${mentee}`)!);
    const kb = key(instance.preferences?.mentees, mentee, b, pairScore.get(`${b}/${mentee}`)!);
    return ka > kb || (ka === kb && mentorOrder.indexOf(a) < mentorOrder.indexOf(b));
  };
  const mentorLikes = (mentor: string, a: string, b: string): boolean => {
    const ka = key(instance.preferences?.mentors, mentor, a, pairScore.get(`${mentor}/${a}`)!);
    const kb = key(instance.preferences?.mentors, mentor, b, pairScore.get(`${mentor}/${b}`)!);
    return ka > kb || (ka === kb && menteeOrder.indexOf(a) < menteeOrder.indexOf(b));
  };
  const blocking = (pairs: { mentor: string; mentee: string }[]): number => {
    const pinned = new Set((instance.pins ?? []).map((p) => p.mentee));
    const current = new Map(pairs.map((p) => [p.mentee, p.mentor]));
    let count = 0;
    for (const mentee of menteeOrder) {
      if (pinned.has(mentee)) continue;
      for (const mentor of mentorOrder) {
        if (current.get(mentee) === mentor || !acceptable(mentor, mentee)) continue;
        const mine = current.get(mentee);
        if (mine !== undefined && !menteeLikes(mentee, mentor, mine)) continue;
        const held = pairs.filter((p) => p.mentor === mentor).map((p) => p.mentee);
        const capacity = instance.mentors.find((m) => m.id === mentor)!.capacity;
        const market = held.filter((e) => !pinned.has(e));
        if (held.length < capacity || market.some((e) => mentorLikes(mentor, mentee, e))) count++;
      }
    }
    return count;
  };
  return { acceptable, menteeLikes, blocking };
}

/** Every matching of acceptable pairs that keeps the pins and the capacities. */
function allMatchings(
  instance: MatchingInstance,
  acceptable: (mentor: string, mentee: string) => boolean,
): { mentor: string; mentee: string }[][] {
  const pins = new Map((instance.pins ?? []).map((p) => [p.mentee, p.mentor]));
  const load = new Map(instance.mentors.map((m) => [m.id, 0]));
  const out: { mentor: string; mentee: string }[][] = [];
  const chosen: { mentor: string; mentee: string }[] = [];
  const visit = (i: number): void => {
    if (i === instance.mentees.length) return void out.push([...chosen]);
    const mentee = instance.mentees[i]!.id;
    const options = pins.has(mentee)
      ? [pins.get(mentee)!]
      : [undefined, ...instance.mentors.map((m) => m.id).filter((m) => acceptable(m, mentee))];
    for (const mentor of options) {
      if (mentor === undefined) {
        visit(i + 1);
        continue;
      }
      if (load.get(mentor)! >= instance.mentors.find((m) => m.id === mentor)!.capacity) continue;
      load.set(mentor, load.get(mentor)! + 1);
      chosen.push({ mentor, mentee });
      visit(i + 1);
      chosen.pop();
      load.set(mentor, load.get(mentor)! - 1);
    }
  };
  visit(0);
  return out;
}

describe('stable mode', () => {
  it('has no blocking pair and is the best stable matching for every mentee', () => {
    fc.assert(
      fc.property(withPreferences, (instance) => {
        const result = stableMatching(instance);
        const { acceptable, menteeLikes, blocking } = judge(instance);
        expect(result.blockingPairs).toBe(0);
        expect(blocking(result.pairs)).toBe(0);
        for (const pair of result.pairs) {
          if (!pair.pinned) expect(acceptable(pair.mentor, pair.mentee)).toBe(true);
        }
        const mine = new Map(result.pairs.map((p) => [p.mentee, p.mentor]));
        for (const other of allMatchings(instance, acceptable).filter((m) => blocking(m) === 0)) {
          for (const { mentee, mentor } of other) {
            const got = mine.get(mentee);
            expect(
              got === mentor || (got !== undefined && menteeLikes(mentee, got, mentor)),
              `${mentee} does at least as well`,
            ).toBe(true);
          }
        }
      }),
      { numRuns: 1000, seed: 17 },
    );
  });

  it('counts blocking pairs of optimal and fair results as the definition does', () => {
    fc.assert(
      fc.property(withPreferences, fc.constantFrom('optimal', 'fair' as const), (instance, mode) => {
        const result: MatchingResult = solveMatching(instance, { mode });
        expect(result.blockingPairs).toBe(judge(instance).blocking(result.pairs));
      }),
      { numRuns: 1000, seed: 19 },
    );
  });

  it('trades total score for stability, and reports both', () => {
    const instance: MatchingInstance = {
      mentors: [
        { id: 'a', capacity: 1 },
        { id: 'b', capacity: 1 },
      ],
      mentees: [{ id: 'x' }, { id: 'y' }],
      pairs: [
        { mentor: 'a', mentee: 'x', score: 10 },
        { mentor: 'b', mentee: 'x', score: 9 },
        { mentor: 'a', mentee: 'y', score: 9 },
        { mentor: 'b', mentee: 'y', score: 1 },
      ],
    };
    const optimal = solveMatching(instance);
    const stable = stableMatching(instance);
    expect(optimal.objective).toBe(18);
    expect(optimal.blockingPairs).toBe(1);
    expect(stable.objective).toBe(11);
    expect(stable.blockingPairs).toBe(0);
  });
});
