import { acceptable, menteePrefers, mentorPrefers, type PairPreferences } from '#matching/preferences.ts';
import type { PreparedInstance } from '#matching/validate.ts';

/**
 * Mentee-proposing deferred acceptance with capacities (Gale–Shapley, as in the residency
 * match): free mentees propose down their lists, each mentor holds its best proposals up to
 * its free places and rejects the rest. The result is stable and the best stable matching for
 * every mentee. Pinned pairs are kept and take their places first. Returns the pair per mentee
 * (-1: unmatched). O(pairs · capacity) at worst; mentors hold few mentees.
 */
export function deferredAcceptance(prepared: PreparedInstance, preferences: PairPreferences): Int32Array {
  const { graph } = prepared;
  const n = graph.menteeCount;
  const assigned = Int32Array.from(prepared.pinnedPair);
  const room = Int32Array.from(prepared.capacity);
  for (let i = 0; i < n; i++) if (assigned[i]! >= 0) room[prepared.pairMentor[assigned[i]!]!]!--;

  // Each free mentee's acceptable pairs, best first.
  const lists: number[][] = [];
  for (let i = 0; i < n; i++) {
    const list: number[] = [];
    if (assigned[i]! < 0) {
      for (let e = graph.start[i]!; e < graph.start[i + 1]!; e++) {
        if (acceptable(preferences, graph.pairIndex[e]!)) list.push(graph.pairIndex[e]!);
      }
      // A mentee's pairs have distinct mentors, so the order is total.
      list.sort((a, b) => (menteePrefers(prepared, preferences, a, b) ? -1 : 1));
    }
    lists.push(list);
  }

  const held: number[][] = Array.from(prepared.capacity, () => []);
  const next = new Int32Array(n);
  const free: number[] = [];
  for (let i = n - 1; i >= 0; i--) if (assigned[i]! < 0 && lists[i]!.length > 0) free.push(i);
  while (free.length > 0) {
    const i = free.pop()!;
    const list = lists[i]!;
    if (next[i]! >= list.length) continue;
    const pair = list[next[i]!++]!;
    const j = prepared.pairMentor[pair]!;
    const holding = held[j]!;
    if (room[j]! <= 0) {
      free.push(i);
      continue;
    }
    if (holding.length < room[j]!) {
      holding.push(pair);
      assigned[i] = pair;
      continue;
    }
    let worstAt = 0;
    for (let t = 1; t < holding.length; t++) {
      if (mentorPrefers(prepared, preferences, holding[worstAt]!, holding[t]!)) worstAt = t;
    }
    const worst = holding[worstAt]!;
    if (mentorPrefers(prepared, preferences, pair, worst)) {
      holding[worstAt] = pair;
      assigned[i] = pair;
      const rejected = prepared.pairMentee[worst]!;
      assigned[rejected] = -1;
      free.push(rejected);
    } else {
      free.push(i);
    }
  }
  return assigned;
}
