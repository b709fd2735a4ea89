import type { MatchingInstance } from '#matching/index.ts';

/**
 * The baseline a coordinator's spreadsheet amounts to: take pairs best score first, keep each
 * one whose mentee is still free and whose mentor still has room.
 */
export function greedyMatching(instance: MatchingInstance): { matched: number; objective: number } {
  const mentorAt = new Map(instance.mentors.map((m, j) => [m.id, j]));
  const menteeAt = new Map(instance.mentees.map((m, i) => [m.id, i]));
  const room = Int32Array.from(instance.mentors, (m) => m.capacity);
  const taken = new Uint8Array(instance.mentees.length);
  const pairs = instance.pairs;
  const score = Float64Array.from(pairs, (p) => p.score);
  const order = Int32Array.from(pairs, (_, k) => k).sort((a, b) => score[b]! - score[a]! || a - b);
  let matched = 0;
  let objective = 0;
  for (const k of order) {
    const pair = pairs[k]!;
    const i = menteeAt.get(pair.mentee)!;
    const j = mentorAt.get(pair.mentor)!;
    if (taken[i] === 1 || room[j] === 0) continue;
    taken[i] = 1;
    room[j]!--;
    matched++;
    objective += pair.score;
  }
  return { matched, objective };
}
