import { filterCandidateGraph, type CandidateGraph } from '#matching/candidate-graph.ts';
import { maximumMatching } from '#matching/maximum-matching.ts';
import { maximiseScore } from '#matching/min-cost-flow.ts';

/**
 * Fairness mode: place as many mentees as possible, then make the lowest score any placed
 * mentee gets as high as possible, then maximise the total. The bottleneck is a binary search
 * over the distinct scores, each step asking Hopcroft–Karp whether the pairs scoring at least
 * that much still place everyone; then the total is maximised over those pairs only.
 *
 * `ceiling` is the lowest score among pinned pairs: the overall lowest cannot exceed it, so the
 * threshold never needs to, and keeping it there leaves more pairs for the total.
 * Returns the chosen pair (`pairIndex`) per mentee (-1: unplaced).
 */
export function fairestPlacement(graph: CandidateGraph, ceiling: number): Int32Array {
  const { size } = maximumMatching(graph);
  const scores = Float64Array.from(new Set(graph.score)).sort();
  let low = 0;
  let high = scores.length - 1;
  while (high > 0 && scores[high]! > ceiling) high--;
  // Invariant: the threshold scores[low] keeps `size`; find the highest index that does.
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    const threshold = scores[middle]!;
    const kept = filterCandidateGraph(graph, (e) => graph.score[e]! >= threshold);
    if (maximumMatching(kept).size === size) low = middle;
    else high = middle - 1;
  }
  const threshold = scores.length === 0 ? -Infinity : scores[low]!;
  const kept = filterCandidateGraph(graph, (e) => graph.score[e]! >= threshold);
  const chosen = maximiseScore(kept, size);
  return chosen.map((edge) => (edge < 0 ? -1 : kept.pairIndex[edge]!));
}
