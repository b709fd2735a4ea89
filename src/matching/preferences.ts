import type { PreparedInstance } from '#matching/validate.ts';

/**
 * How much each side likes each pair, as sortable keys (higher is better, -Infinity:
 * unacceptable). A person with a ranked list in the instance likes pairs by rank and finds
 * everyone off the list unacceptable; a person without one likes pairs by score. Forbidden
 * pairs are unacceptable to both. Equal keys are broken by the other person's input order.
 */
export interface PairPreferences {
  mentee: Float64Array;
  mentor: Float64Array;
}

export function pairPreferences(prepared: PreparedInstance): PairPreferences {
  const count = prepared.pairs.length;
  const lists = prepared.preferences;
  let anyForbidden = false;
  for (let p = 0; p < count && !anyForbidden; p++) anyForbidden = prepared.forbidden[p] === 1;
  // Most instances rank by score alone: then both sides share the score array, uncopied.
  if (!anyForbidden && lists?.mentees === undefined && lists?.mentors === undefined) {
    return { mentee: prepared.pairScore, mentor: prepared.pairScore };
  }
  const mentee = Float64Array.from(prepared.pairScore);
  const mentor = Float64Array.from(prepared.pairScore);
  const listed = (
    keys: Float64Array,
    ranked: Record<string, string[]> | undefined,
    own: Map<string, number>,
    other: Map<string, number>,
    ownOf: Int32Array,
    otherOf: Int32Array,
  ): void => {
    if (ranked === undefined) return;
    const rankOf = new Map<number, Map<number, number>>();
    for (const [id, list] of Object.entries(ranked)) {
      rankOf.set(own.get(id)!, new Map(list.map((otherId, rank) => [other.get(otherId)!, rank])));
    }
    for (let p = 0; p < count; p++) {
      const ranks = rankOf.get(ownOf[p]!);
      if (ranks === undefined) continue;
      const rank = ranks.get(otherOf[p]!);
      keys[p] = rank === undefined ? -Infinity : -rank;
    }
  };
  listed(mentee, lists?.mentees, prepared.menteeIndex, prepared.mentorIndex, prepared.pairMentee, prepared.pairMentor);
  listed(mentor, lists?.mentors, prepared.mentorIndex, prepared.menteeIndex, prepared.pairMentor, prepared.pairMentee);
  for (let p = 0; p < count; p++) {
    if (prepared.forbidden[p] === 1) {
      mentee[p] = -Infinity;
      mentor[p] = -Infinity;
    }
  }
  return { mentee, mentor };
}

export function acceptable(preferences: PairPreferences, pair: number): boolean {
  return preferences.mentee[pair] !== -Infinity && preferences.mentor[pair] !== -Infinity;
}

/** Whether the mentee of pair `a` likes `a` better than its pair `b`. */
export function menteePrefers(prepared: PreparedInstance, preferences: PairPreferences, a: number, b: number): boolean {
  const ka = preferences.mentee[a]!;
  const kb = preferences.mentee[b]!;
  return ka > kb || (ka === kb && prepared.pairMentor[a]! < prepared.pairMentor[b]!);
}

/** Whether the mentor of pair `a` likes `a` better than its pair `b`. */
export function mentorPrefers(prepared: PreparedInstance, preferences: PairPreferences, a: number, b: number): boolean {
  const ka = preferences.mentor[a]!;
  const kb = preferences.mentor[b]!;
  return ka > kb || (ka === kb && prepared.pairMentee[a]! < prepared.pairMentee[b]!);
}
