import { sortRowsByScore } from '#matching/edge-order.ts';
import { NodeHeap } from '#matching/node-heap.ts';

/**
 * A transportation problem: every unit of row supply must be sent along an edge to a column
 * with room, maximising the total score. Edges, in any order, carry at most one unit.
 */
export interface Transport {
  rowCount: number;
  columnCount: number;
  supply: Int32Array;
  capacity: Int32Array;
  row: Int32Array;
  column: Int32Array;
  score: Float64Array;
}

/**
 * Returns the flow (0 or 1) on each edge of a maximum-score routing of all supply. The caller
 * guarantees that every prefix of rows can be routed (e.g. with a column of last resort).
 *
 * Successive shortest paths with Dijkstra and node potentials, one unit of supply at a time
 * (the rectangular Hungarian method, generalised to supplies and capacities). Nodes are rows
 * `0 .. R-1` then columns; a row→column edge has reduced cost `-score + pot(row) - pot(column)`,
 * kept ≥ 0 on every residual edge. Three things make it fast:
 * - columns with room are never queued and never change potential (so column potentials only
 *   fall from 0): they only bound the search, which stops at the cheapest one;
 * - rows are scanned best score first, and a scan stops once even the best remaining score
 *   cannot beat the cheapest column with room found so far (potentials of columns are ≤ 0);
 * - a unit whose cheapest edge reaches a column with room is routed without a search.
 */
export function solveTransport(problem: Transport): Uint8Array {
  const { rowCount: R, columnCount: C, supply, capacity } = problem;
  const edgeCount = problem.column.length;
  const nodeCount = R + C;
  const { start, column, score, bound, origin } = sortRowsByScore(R, problem.row, problem.column, problem.score);
  const edgeRow = new Int32Array(edgeCount);
  for (let r = 0; r < R; r++) edgeRow.fill(r, start[r]!, start[r + 1]!);

  const flow = new Uint8Array(edgeCount);
  const placeStart = new Int32Array(C + 1);
  for (let c = 0; c < C; c++) placeStart[c + 1] = placeStart[c]! + capacity[c]!;
  const load = new Int32Array(C);
  const placeEdge = new Int32Array(placeStart[C]!);
  const placeOf = new Int32Array(edgeCount);

  const pot = new Float64Array(nodeCount);
  const dist = new Float64Array(nodeCount).fill(Infinity);
  const settled = new Uint8Array(nodeCount);
  const predEdge = new Int32Array(nodeCount);
  const touched = new Int32Array(nodeCount);
  const heap = new NodeHeap(nodeCount, dist);
  let touchedCount = 0;
  let bestDist = Infinity;
  let bestEnd = -1;

  const reach = (node: number, d: number, edge: number): void => {
    if (dist[node] === Infinity) touched[touchedCount++] = node;
    dist[node] = d;
    predEdge[node] = edge;
  };

  const settleRow = (r: number, d: number): void => {
    settled[r] = 1;
    const base = d + pot[r]!;
    for (let e = start[r]!, end = start[r + 1]!; e < end; e++) {
      if (base - bound[e]! >= bestDist) break;
      if (flow[e] === 1) continue;
      const c = column[e]!;
      const node = R + c;
      if (settled[node] === 1) continue;
      const nd = base - score[e]! - pot[node]!;
      if (load[c]! < capacity[c]!) {
        if (nd < bestDist) {
          bestDist = nd;
          bestEnd = c;
          predEdge[node] = e;
        }
      } else if (nd < dist[node]!) {
        reach(node, nd, e);
        heap.push(node);
      }
    }
  };

  const settleColumn = (c: number, d: number): void => {
    const node = R + c;
    settled[node] = 1;
    const base = d + pot[node]!;
    for (let p = placeStart[c]!, end = p + load[c]!; p < end; p++) {
      const e = placeEdge[p]!;
      const r = edgeRow[e]!;
      if (settled[r] === 1) continue;
      const nd = Math.max(d, base + score[e]! - pot[r]!);
      if (nd < dist[r]!) {
        reach(r, nd, e);
        // A holder as close as the column is settled now: nothing in the heap is closer. If it
        // was queued already its key fell, so the heap is fixed (its later pop is skipped).
        if (nd !== d || heap.has(r)) heap.push(r);
        if (nd === d) settleRow(r, nd);
      }
    }
  };

  const augment = (source: number, end: number): void => {
    let e = predEdge[R + end]!;
    flow[e] = 1;
    const place = placeStart[end]! + load[end]!++;
    placeEdge[place] = e;
    placeOf[e] = place;
    let r = edgeRow[e]!;
    while (r !== source) {
      const held = predEdge[r]!;
      const entering = predEdge[R + column[held]!]!;
      flow[held] = 0;
      flow[entering] = 1;
      const heldPlace = placeOf[held]!;
      placeEdge[heldPlace] = entering;
      placeOf[entering] = heldPlace;
      e = entering;
      r = edgeRow[e]!;
    }
  };

  const route = (source: number): void => {
    touchedCount = 0;
    bestDist = Infinity;
    bestEnd = -1;
    reach(source, 0, -1);
    settleRow(source, 0);
    while (heap.size > 0 && heap.peekKey() < bestDist) {
      const node = heap.pop();
      if (settled[node] === 1) continue;
      if (node < R) settleRow(node, dist[node]!);
      else settleColumn(node - R, dist[node]!);
    }
    if (bestEnd < 0) throw new Error('matching: a unit of supply has no augmenting path');
    for (let t = 0; t < touchedCount; t++) {
      const node = touched[t]!;
      if (settled[node] === 1) pot[node]! -= bestDist - dist[node]!;
      settled[node] = 0;
      dist[node] = Infinity;
    }
    heap.clear();
    augment(source, bestEnd);
  };

  /** Routes one unit straight along the row's cheapest edge when that column has room. */
  const routeDirectly = (r: number): boolean => {
    const p = pot[r]!;
    let least = Infinity;
    let pick = -1;
    let pickHasRoom = false;
    for (let e = start[r]!, end = start[r + 1]!; e < end; e++) {
      if (p - bound[e]! > least) break;
      if (flow[e] === 1) continue;
      const c = column[e]!;
      const cost = p - score[e]! - pot[R + c]!;
      const room = load[c]! < capacity[c]!;
      // On a tie a column with room wins: the search would stop there too.
      if (cost < least || (cost === least && room && !pickHasRoom)) {
        least = cost;
        pick = e;
        pickHasRoom = room;
      }
    }
    if (!pickHasRoom) return false;
    pot[r] = p - least;
    predEdge[R + column[pick]!] = pick;
    augment(r, column[pick]!);
    return true;
  };

  for (let r = 0; r < R; r++) {
    if (supply[r] === 0) continue;
    // Until a row sends flow nothing reaches it, so its potential is free: its cheapest edge costs 0.
    let top = -Infinity;
    for (let e = start[r]!, end = start[r + 1]!; e < end && bound[e]! > top; e++) {
      top = Math.max(top, score[e]! + pot[R + column[e]!]!);
    }
    pot[r] = top;
    for (let unit = 0; unit < supply[r]!; unit++) {
      if (!routeDirectly(r)) route(r);
    }
  }

  const flowByInputEdge = new Uint8Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) flowByInputEdge[origin[e]!] = flow[e]!;
  return flowByInputEdge;
}
