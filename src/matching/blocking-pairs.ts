import { acceptable, menteePrefers, mentorPrefers, type PairPreferences } from '#matching/preferences.ts';
import type { PreparedInstance } from '#matching/validate.ts';

/**
 * Counts blocking pairs: a mentee and a mentor who both find each other acceptable, where the
 * mentee is unmatched or would rather have this mentor, and the mentor has a free place or
 * would rather have this mentee than its least wanted one. Pinned pairs are outside the market:
 * pinned mentees are not counted and pins take their places away first. O(pairs).
 */
export function countBlockingPairs(
  prepared: PreparedInstance,
  preferences: PairPreferences,
  assigned: Int32Array,
): number {
  const mentorCount = prepared.capacity.length;
  const room = Int32Array.from(prepared.capacity);
  const worst = new Int32Array(mentorCount).fill(-1);
  for (let i = 0; i < assigned.length; i++) {
    const pair = assigned[i]!;
    if (pair < 0) continue;
    const j = prepared.pairMentor[pair]!;
    room[j]!--;
    if (prepared.pinnedPair[i] === pair) continue;
    if (worst[j]! < 0 || mentorPrefers(prepared, preferences, worst[j]!, pair)) worst[j] = pair;
  }
  const { graph } = prepared;
  let blocking = 0;
  for (let i = 0; i < graph.menteeCount; i++) {
    if (prepared.pinnedPair[i]! >= 0) continue;
    const current = assigned[i]!;
    for (let e = graph.start[i]!; e < graph.start[i + 1]!; e++) {
      const pair = graph.pairIndex[e]!;
      if (pair === current || !acceptable(preferences, pair)) continue;
      if (current >= 0 && !menteePrefers(prepared, preferences, pair, current)) continue;
      const j = graph.mentor[e]!;
      if (room[j]! > 0 || (worst[j]! >= 0 && mentorPrefers(prepared, preferences, pair, worst[j]!))) blocking++;
    }
  }
  return blocking;
}
