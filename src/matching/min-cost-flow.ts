import { usableCapacity, type CandidateGraph } from '#matching/candidate-graph.ts';
import { solveTransport } from '#matching/transport.ts';

/**
 * Among the placements that place exactly `size` mentees (the maximum, found first by
 * `maximumMatching`), returns one with the highest total score, as the chosen edge of each
 * mentee (-1: unplaced).
 *
 * The lexicographic objective needs no big-M constant: it becomes a transportation problem in
 * which the side routed unit by unit always has a column of last resort with score 0 — "left
 * unplaced" (mentee side) or "place left empty" (mentor side) — sized so exactly `size` real
 * pairs remain. Scores stay exact, and every unit can always be routed.
 *
 * Successive shortest paths slow down at the end, when few columns with room remain, so the
 * side with more slack at the end is routed: mentees when places outnumber what can be
 * filled, mentors when mentees do.
 */
export function maximiseScore(
  graph: CandidateGraph,
  size: number,
  side: 'auto' | 'mentees' | 'mentors' = 'auto',
): Int32Array {
  const n = graph.menteeCount;
  const M = graph.mentorCount;
  const usable = usableCapacity(graph);
  let active = 0;
  for (let i = 0; i < n; i++) if (graph.start[i + 1]! > graph.start[i]!) active++;
  let places = 0;
  for (let j = 0; j < M; j++) places += usable[j]!;
  const unplaced = active - size;
  const empty = places - size;
  const fromMentees = side === 'auto' ? empty >= unplaced : side === 'mentees';
  const edgeCount = graph.mentor.length;
  const mentee = new Int32Array(edgeCount);
  for (let i = 0; i < n; i++) mentee.fill(i, graph.start[i]!, graph.start[i + 1]!);

  // Edges past `edgeCount` go to the column of last resort, one per unit that may need it.
  const lastResortEdges = fromMentees ? (unplaced > 0 ? active : 0) : empty > 0 ? places : 0;
  const total = edgeCount + lastResortEdges;
  const [row, column, score] =
    lastResortEdges === 0
      ? [fromMentees ? mentee : graph.mentor, fromMentees ? graph.mentor : mentee, graph.score]
      : [new Int32Array(total), new Int32Array(total), new Float64Array(total)];
  const lastResort = fromMentees ? M : n;
  if (lastResortEdges > 0) {
    score.set(graph.score);
    row.set(fromMentees ? mentee : graph.mentor);
    column.set(fromMentees ? graph.mentor : mentee);
    let at = edgeCount;
    if (fromMentees) {
      for (let i = 0; i < n; i++) if (graph.start[i + 1]! > graph.start[i]!) row[at++] = i;
    } else {
      for (let j = 0; j < M; j++) row.fill(j, at, (at += usable[j]!));
    }
    column.fill(lastResort, edgeCount);
  }

  const supply = fromMentees ? new Int32Array(n) : usable;
  if (fromMentees) for (let i = 0; i < n; i++) supply[i] = graph.start[i + 1]! > graph.start[i]! ? 1 : 0;
  const capacity = new Int32Array((fromMentees ? M : n) + 1);
  if (fromMentees) capacity.set(usable);
  else capacity.fill(1);
  capacity[lastResort] = fromMentees ? unplaced : empty;

  const flow = solveTransport({
    rowCount: fromMentees ? n : M,
    columnCount: capacity.length,
    supply,
    capacity,
    row,
    column,
    score,
  });
  const chosen = new Int32Array(n).fill(-1);
  for (let e = 0; e < edgeCount; e++) if (flow[e] === 1) chosen[mentee[e]!] = e;
  return chosen;
}
