import { countBlockingPairs } from '#matching/blocking-pairs.ts';
import { MatchingError } from '#matching/errors.ts';
import { acceptable, pairPreferences, type PairPreferences } from '#matching/preferences.ts';
import type {
  EditedMatchingResult,
  EditedUnmatchedMentee,
  MatchedPair,
  MatchingInstance,
  MatchingMode,
  MatchingResult,
  MatchingSummary,
  MentorLoad,
} from '#matching/types.ts';
import { findPair, prepareInstance, type PreparedInstance } from '#matching/validate.ts';

export interface ExplainedPair extends MatchedPair {
  /** Points per criterion; a pair scored outside `scorePairs` has one entry, `score`. */
  breakdown: Record<string, number>;
}

export interface MatchingExplanation extends Omit<EditedMatchingResult, 'pairs'> {
  pairs: ExplainedPair[];
}

/**
 * Builds the result from the pair chosen for each mentee (-1: unmatched), for any assignment
 * within capacity: a solver's, a rematch's, a coordinator's edit.
 */
export function describeAssignment(
  prepared: PreparedInstance,
  assigned: Int32Array,
  mode: MatchingMode,
  preferences: PairPreferences = pairPreferences(prepared),
): EditedMatchingResult {
  const load = mentorLoads(prepared, assigned);
  const pairs: MatchedPair[] = [];
  const unmatched: EditedUnmatchedMentee[] = [];
  let objective = 0;
  for (let i = 0; i < assigned.length; i++) {
    const pair = assigned[i]!;
    if (pair < 0) {
      unmatched.push(unmatchedReason(prepared, preferences, i, mode, load));
      continue;
    }
    const score = prepared.pairScore[pair]!;
    objective += score;
    pairs.push({
      mentor: prepared.mentorIds[prepared.pairMentor[pair]!]!,
      mentee: prepared.menteeIds[i]!,
      score,
      pinned: prepared.pinnedPair[i] === pair,
    });
  }
  return {
    mode,
    pairs,
    matched: pairs.length,
    objective,
    unmatched,
    blockingPairs: countBlockingPairs(prepared, preferences, assigned),
    summary: summarise(prepared, load, assigned, pairs),
  };
}

/**
 * The result of a solve. A solve places as many mentees as it can (in stable mode, every
 * mentee a mentor with room would accept), so an unmatched mentee's eligible mentors are all
 * full; anything else is a bug in a solver, not bad input.
 */
export function describeSolution(
  prepared: PreparedInstance,
  assigned: Int32Array,
  mode: MatchingMode,
  preferences: PairPreferences = pairPreferences(prepared),
): MatchingResult {
  const described = describeAssignment(prepared, assigned, mode, preferences);
  return {
    ...described,
    unmatched: described.unmatched.map((u) => {
      if (u.reason === 'eligible_mentor_has_room') {
        throw new Error(
          `Internal error in the ${mode} solver: ${u.mentee} is unmatched while ${u.mentors.join(', ')} has room.`,
        );
      }
      return { mentee: u.mentee, reason: u.reason, mentors: u.mentors };
    }),
  };
}

/**
 * Explains a result for the instance it came from: each pair's score by criterion, why each
 * unmatched mentee is unmatched, and the summary figures. Works on any result whose pairs are
 * candidates, including one a coordinator edited.
 */
export function explainMatching(
  instance: MatchingInstance,
  result: Pick<MatchingResult, 'pairs' | 'mode'>,
): MatchingExplanation {
  const prepared = prepareInstance(instance);
  const assigned = new Int32Array(prepared.menteeIds.length).fill(-1);
  const load = new Int32Array(prepared.mentorIds.length);
  result.pairs.forEach((pair, k) => {
    const mentor = prepared.mentorIndex.get(pair.mentor) ?? -1;
    const mentee = prepared.menteeIndex.get(pair.mentee) ?? -1;
    const found = mentor >= 0 && mentee >= 0 ? findPair(prepared, { mentor, mentee }) : -1;
    if (found < 0 || assigned[mentee]! >= 0) {
      throw new MatchingError(
        'invalid_instance',
        'This pair is not a candidate pair of the instance, or repeats a mentee.',
        `result.pairs[${k}]`,
      );
    }
    if (++load[mentor]! > prepared.capacity[mentor]!) {
      const capacity = prepared.capacity[mentor]!;
      throw new MatchingError(
        'over_capacity',
        `Mentor ${pair.mentor} has ${capacity} place${capacity === 1 ? '' : 's'}, but this result gives them ${result.pairs.filter((p) => p.mentor === pair.mentor).length} mentees.`,
        `result.pairs[${k}]`,
      );
    }
    assigned[mentee] = found;
  });
  const described = describeAssignment(prepared, assigned, result.mode);
  return {
    ...described,
    pairs: described.pairs.map((pair) => {
      const input = prepared.pairs[assigned[prepared.menteeIndex.get(pair.mentee)!]!]!;
      return { ...pair, breakdown: input.breakdown ?? { score: input.score } };
    }),
  };
}

function unmatchedReason(
  prepared: PreparedInstance,
  preferences: PairPreferences,
  mentee: number,
  mode: MatchingMode,
  load: Int32Array,
): EditedUnmatchedMentee {
  const { graph } = prepared;
  const full: string[] = [];
  const withRoom: string[] = [];
  for (let e = graph.start[mentee]!; e < graph.start[mentee + 1]!; e++) {
    const pair = graph.pairIndex[e]!;
    const eligible = mode === 'stable' ? acceptable(preferences, pair) : prepared.forbidden[pair] === 0;
    if (!eligible) continue;
    const mentor = graph.mentor[e]!;
    (load[mentor]! < prepared.capacity[mentor]! ? withRoom : full).push(prepared.mentorIds[mentor]!);
  }
  const id = prepared.menteeIds[mentee]!;
  if (withRoom.length > 0) return { mentee: id, reason: 'eligible_mentor_has_room', mentors: withRoom };
  return full.length === 0
    ? { mentee: id, reason: 'no_eligible_mentor', mentors: [] }
    : { mentee: id, reason: 'eligible_mentors_full', mentors: full };
}

function mentorLoads(prepared: PreparedInstance, assigned: Int32Array): Int32Array {
  const load = new Int32Array(prepared.capacity.length);
  for (const pair of assigned) if (pair >= 0) load[prepared.pairMentor[pair]!]!++;
  return load;
}

function summarise(
  prepared: PreparedInstance,
  load: Int32Array,
  assigned: Int32Array,
  pairs: MatchedPair[],
): MatchingSummary {
  const mentorCount = prepared.capacity.length;
  let places = 0;
  let full = 0;
  let idle = 0;
  let highest = 0;
  for (let j = 0; j < mentorCount; j++) {
    places += prepared.capacity[j]!;
    if (load[j] === prepared.capacity[j]) full++;
    if (load[j] === 0) idle++;
    highest = Math.max(highest, load[j]!);
  }
  const byLoad = new Array<number>(highest + 1).fill(0);
  for (let j = 0; j < mentorCount; j++) byLoad[load[j]!]!++;
  const scores = pairs.map((p) => p.score);
  const total = scores.reduce((sum, s) => sum + s, 0);
  const loadSummary: MentorLoad = {
    utilisation: places === 0 ? 0 : pairs.length / places,
    meanLoad: pairs.length / mentorCount,
    fullMentors: full,
    idleMentors: idle,
    byLoad,
  };
  return {
    mentees: assigned.length,
    mentors: mentorCount,
    matched: pairs.length,
    matchedPercent: (100 * pairs.length) / assigned.length,
    meanScore: pairs.length === 0 ? null : total / pairs.length,
    lowestScore: pairs.length === 0 ? null : scores.reduce((low, s) => Math.min(low, s), Infinity),
    load: loadSummary,
  };
}
