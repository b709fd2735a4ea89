import { filterCandidateGraph } from '#matching/candidate-graph.ts';
import { describeSolution } from '#matching/explain.ts';
import { fairestPlacement } from '#matching/fair.ts';
import { maximumMatching } from '#matching/maximum-matching.ts';
import { maximiseScore } from '#matching/min-cost-flow.ts';
import { pairPreferences } from '#matching/preferences.ts';
import { deferredAcceptance } from '#matching/stable.ts';
import type { MatchingInstance, MatchingMode, MatchingResult } from '#matching/types.ts';
import { prepareInstance, readMode, type PreparedInstance } from '#matching/validate.ts';

export interface SolveOptions {
  /** Overrides the instance's `mode`. */
  mode?: MatchingMode;
}

/**
 * Matches mentees to mentors. `optimal`: as many mentees as possible, then the highest total
 * score. `fair`: as many as possible, then the highest lowest score, then the highest total.
 * `stable`: mentee-proposing deferred acceptance on the preferences (or on scores). Pins are
 * kept, forbidden pairs never chosen, capacities never exceeded; the same input always gives
 * the same output. Throws `MatchingError` on a bad instance.
 */
export function solveMatching(instance: MatchingInstance, options: SolveOptions = {}): MatchingResult {
  const prepared = prepareInstance(instance);
  const mode = options.mode === undefined ? prepared.mode : readMode(options.mode);
  const preferences = pairPreferences(prepared);
  const assigned = mode === 'stable' ? deferredAcceptance(prepared, preferences) : placeByScore(prepared, mode);
  return describeSolution(prepared, assigned, mode, preferences);
}

/** Deferred acceptance; the same as `solveMatching` in `stable` mode. */
export function stableMatching(instance: MatchingInstance): MatchingResult {
  return solveMatching(instance, { mode: 'stable' });
}

/** The pair per mentee: pins as given, the rest by the optimal or fair solver. */
function placeByScore(prepared: PreparedInstance, mode: 'optimal' | 'fair'): Int32Array {
  const { graph, pinnedPair, forbidden } = prepared;
  const places = Int32Array.from(prepared.capacity);
  let lowestPinned = Infinity;
  for (const pair of pinnedPair) {
    if (pair < 0) continue;
    places[prepared.pairMentor[pair]!]!--;
    lowestPinned = Math.min(lowestPinned, prepared.pairScore[pair]!);
  }
  const edgeMentee = new Int32Array(graph.mentor.length);
  for (let i = 0; i < graph.menteeCount; i++) edgeMentee.fill(i, graph.start[i]!, graph.start[i + 1]!);
  const open = filterCandidateGraph(
    graph,
    (e) => forbidden[graph.pairIndex[e]!] === 0 && pinnedPair[edgeMentee[e]!]! < 0,
    places,
  );

  let chosenPair: Int32Array;
  if (mode === 'fair') {
    chosenPair = fairestPlacement(open, lowestPinned);
  } else {
    const chosen = maximiseScore(open, maximumMatching(open).size);
    chosenPair = chosen.map((edge) => (edge < 0 ? -1 : open.pairIndex[edge]!));
  }
  for (let i = 0; i < chosenPair.length; i++) if (pinnedPair[i]! >= 0) chosenPair[i] = pinnedPair[i]!;
  return chosenPair;
}
