import { countBlockingPairs } from '#matching/blocking-pairs.ts';
import { MatchingError } from '#matching/errors.ts';
import { acceptable, pairPreferences, type PairPreferences } from '#matching/preferences.ts';
import type {
  MatchedPair,
  MatchingInstance,
  MatchingMode,
  MatchingResult,
  MatchingSummary,
  MentorLoad,
  UnmatchedMentee,
} from '#matching/types.ts';
import { findPair, prepareInstance, type PreparedInstance } from '#matching/validate.ts';

export interface ExplainedPair extends MatchedPair {
  /** Points per criterion; a pair scored outside `scorePairs` has one entry, `score`. */
  breakdown: Record<string, number>;
}

export interface MatchingExplanation extends Omit<MatchingResult, 'pairs'> {
  pairs: ExplainedPair[];
}

/** Builds the result of a solve from the pair chosen for each mentee (-1: unmatched). */
export function describeAssignment(
  prepared: PreparedInstance,
  assigned: Int32Array,
  mode: MatchingMode,
  preferences: PairPreferences = pairPreferences(prepared),
): MatchingResult {
  const pairs: MatchedPair[] = [];
  const unmatched: UnmatchedMentee[] = [];
  let objective = 0;
  for (let i = 0; i < assigned.length; i++) {
    const pair = assigned[i]!;
    if (pair < 0) {
      unmatched.push(unmatchedReason(prepared, preferences, i, mode));
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
    summary: summarise(prepared, assigned, pairs),
  };
}

/**
 * Explains a result for the instance it came from: each pair's score by criterion, why each
 * unmatched mentee is unmatched, and the summary figures. Works on any result whose pairs are
 * candidates, including one a coordinator edited.
 */
export function explainMatching(instance: MatchingInstance, result: Pick<MatchingResult, 'pairs' | 'mode'>): MatchingExplanation {
  const prepared = prepareInstance(instance);
  const assigned = new Int32Array(prepared.menteeIds.length).fill(-1);
  result.pairs.forEach((pair, k) => {
    const mentor = prepared.mentorIndex.get(pair.mentor) ?? -1;
    const mentee = prepared.menteeIndex.get(pair.mentee) ?? -1;
    const found = mentor >= 0 && mentee >= 0 ? findPair(prepared, { mentor, mentee }) : -1;
    if (found < 0 || assigned[mentee]! >= 0) {
      throw new MatchingError('invalid_instance', 'This pair is not a candidate pair of the instance, or repeats a mentee.', `result.pairs[${k}]`);
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

function unmatchedReason(prepared: PreparedInstance, preferences: PairPreferences, mentee: number, mode: MatchingMode): UnmatchedMentee {
  const { graph } = prepared;
  const mentors: string[] = [];
  for (let e = graph.start[mentee]!; e < graph.start[mentee + 1]!; e++) {
    const pair = graph.pairIndex[e]!;
    const eligible = mode === 'stable' ? acceptable(preferences, pair) : prepared.forbidden[pair] === 0;
    if (eligible) mentors.push(prepared.mentorIds[graph.mentor[e]!]!);
  }
  const id = prepared.menteeIds[mentee]!;
  return mentors.length === 0
    ? { mentee: id, reason: 'no_eligible_mentor', mentors }
    : { mentee: id, reason: 'eligible_mentors_full', mentors };
}

function summarise(prepared: PreparedInstance, assigned: Int32Array, pairs: MatchedPair[]): MatchingSummary {
  const mentorCount = prepared.capacity.length;
  const load = new Int32Array(mentorCount);
  for (const pair of assigned) if (pair >= 0) load[prepared.pairMentor[pair]!]!++;
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
