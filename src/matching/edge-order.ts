const BUCKETS = 1 << 16;
const SHIFT = 2 ** 32;
/** Rows up to this long are sorted in place by insertion; longer ones by the native sort. */
const SHORT_ROW = 48;

/** Edges grouped by row, each row best score first, with the input edge each came from. */
export interface SortedRows {
  /** Edges of row r are `start[r] .. start[r + 1] - 1`. */
  start: Int32Array;
  column: Int32Array;
  score: Float64Array;
  /** An upper bound of each edge's score that never rises along a row. */
  bound: Float64Array;
  /** The input position of each edge. */
  origin: Int32Array;
}

/**
 * Groups edges by row, best score first: a counting pass by row, then each row sorted on a
 * packed key (score bucket, input position) that fits a double exactly. Scores fall into
 * 65,536 buckets, so inside a bucket the order is by input position: callers may rely on
 * `bound` (the bucket's highest score), not on exact order. That is enough to stop scanning a
 * row once even its bound cannot compete.
 */
export function sortRowsByScore(
  rowCount: number,
  row: Int32Array,
  column: Int32Array,
  score: Float64Array,
): SortedRows {
  const edgeCount = score.length;
  let low = Infinity;
  let high = -Infinity;
  for (let e = 0; e < edgeCount; e++) {
    const s = score[e]!;
    if (s < low) low = s;
    if (s > high) high = s;
  }
  // One bucket when every score is equal, or so close that the scale would overflow.
  const spread = (BUCKETS - 1) / (high - low);
  const scale = high > low && Number.isFinite(spread) ? spread : 0;
  const bucketHigh = new Float64Array(BUCKETS).fill(-Infinity);

  const start = new Int32Array(rowCount + 1);
  for (let e = 0; e < edgeCount; e++) start[row[e]! + 1]!++;
  for (let r = 0; r < rowCount; r++) start[r + 1]! += start[r]!;
  const next = start.slice(0, rowCount);
  const key = new Float64Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const s = score[e]!;
    // Buckets are numbered best first.
    const b = BUCKETS - 1 - Math.min(BUCKETS - 1, Math.floor((s - low) * scale));
    if (s > bucketHigh[b]!) bucketHigh[b] = s;
    key[next[row[e]!]!++] = b * SHIFT + e;
  }
  for (let r = 0; r < rowCount; r++) {
    const first = start[r]!;
    const end = start[r + 1]!;
    if (end - first > SHORT_ROW) {
      key.subarray(first, end).sort();
      continue;
    }
    for (let i = first + 1; i < end; i++) {
      const k = key[i]!;
      let j = i - 1;
      for (; j >= first && key[j]! > k; j--) key[j + 1] = key[j]!;
      key[j + 1] = k;
    }
  }

  const sorted: SortedRows = {
    start,
    column: new Int32Array(edgeCount),
    score: new Float64Array(edgeCount),
    bound: new Float64Array(edgeCount),
    origin: new Int32Array(edgeCount),
  };
  for (let t = 0; t < edgeCount; t++) {
    const k = key[t]!;
    const b = Math.floor(k / SHIFT);
    const e = k - b * SHIFT;
    sorted.column[t] = column[e]!;
    sorted.score[t] = score[e]!;
    sorted.bound[t] = bucketHigh[b]!;
    sorted.origin[t] = e;
  }
  return sorted;
}
