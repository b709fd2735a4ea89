/**
 * The candidate pairs as a compressed sparse row graph: mentees are rows, each edge points to
 * a mentor and carries a score. Typed arrays keep half a million edges in a few megabytes and
 * let the solvers walk them without allocating.
 */
export interface CandidateGraph {
  menteeCount: number;
  mentorCount: number;
  /** Places each mentor still offers to the solver (after pins). */
  capacity: Int32Array;
  /** Edges of mentee i are `start[i] .. start[i + 1] - 1`. */
  start: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
  /** Index of the edge's pair in the instance, to report and explain it. */
  pairIndex: Int32Array;
}

export interface EdgeList {
  mentee: Int32Array;
  mentor: Int32Array;
  score: Float64Array;
}

/** Builds the graph from the edges `keep` lets through, each mentee's edges in input order. */
export function buildCandidateGraph(
  menteeCount: number,
  capacity: Int32Array,
  edges: EdgeList,
  keep: (edge: number) => boolean = () => true,
): CandidateGraph {
  const total = edges.mentee.length;
  const start = new Int32Array(menteeCount + 1);
  let kept = 0;
  for (let e = 0; e < total; e++) {
    if (!keep(e)) continue;
    start[edges.mentee[e]! + 1]!++;
    kept++;
  }
  for (let i = 0; i < menteeCount; i++) start[i + 1]! += start[i]!;
  const next = start.slice(0, menteeCount);
  const mentor = new Int32Array(kept);
  const score = new Float64Array(kept);
  const pairIndex = new Int32Array(kept);
  for (let e = 0; e < total; e++) {
    if (!keep(e)) continue;
    const at = next[edges.mentee[e]!]!++;
    mentor[at] = edges.mentor[e]!;
    score[at] = edges.score[e]!;
    pairIndex[at] = e;
  }
  return { menteeCount, mentorCount: capacity.length, capacity, start, mentor, score, pairIndex };
}

/** The same mentees and mentors with only the edges `keep` accepts (by edge position in `graph`). */
export function filterCandidateGraph(
  graph: CandidateGraph,
  keep: (edge: number) => boolean,
  capacity: Int32Array = graph.capacity,
): CandidateGraph {
  const n = graph.menteeCount;
  const start = new Int32Array(n + 1);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    for (let e = graph.start[i]!; e < graph.start[i + 1]!; e++) if (keep(e)) kept++;
    start[i + 1] = kept;
  }
  if (kept === graph.mentor.length) return { ...graph, capacity };
  const mentor = new Int32Array(kept);
  const score = new Float64Array(kept);
  const pairIndex = new Int32Array(kept);
  let at = 0;
  for (let e = 0; e < graph.mentor.length; e++) {
    if (!keep(e)) continue;
    mentor[at] = graph.mentor[e]!;
    score[at] = graph.score[e]!;
    pairIndex[at] = graph.pairIndex[e]!;
    at++;
  }
  return { menteeCount: n, mentorCount: graph.mentorCount, capacity, start, mentor, score, pairIndex };
}

/** A mentor never needs more places than it has candidate mentees; this bounds slot memory. */
export function usableCapacity(graph: CandidateGraph): Int32Array {
  const degree = new Int32Array(graph.mentorCount);
  for (let e = 0; e < graph.mentor.length; e++) degree[graph.mentor[e]!]!++;
  const usable = new Int32Array(graph.mentorCount);
  for (let j = 0; j < graph.mentorCount; j++) usable[j] = Math.min(graph.capacity[j]!, degree[j]!);
  return usable;
}
