/**
 * Writes the matching LP in CPLEX LP format for the `highs` solver (a dev dependency used by
 * tests and the benchmark only). Variables x_k ∈ [0, 1] per candidate pair; each mentee takes
 * at most one pair, each mentor at most its capacity; maximise Σ (bonus + score_k)·x_k.
 *
 * The constraint matrix is totally unimodular, so the LP has an integral optimum. `bonus`
 * makes placing one more mentee worth more than any change in score an augmenting path can
 * bring: a path places one more mentee and swaps at most `min(mentees, places)` pairs, so
 * `bonus = 1 + min(mentees, places)·(max score − min score) + |min score|` gives the same
 * lexicographic optimum (most mentees, then highest score) our solver computes exactly.
 *
 * A pinned pair is fixed at x_k = 1 (integral bounds keep the optimum integral); a forbidden
 * pair is simply left out of `pairs`.
 */
export interface LpPair {
  mentor: number;
  mentee: number;
  score: number;
  /** Forced into the matching: bounds 1 ≤ x_k ≤ 1. */
  pinned?: boolean;
}

export function matchingBonus(pairs: LpPair[], menteeCount: number, places: number): number {
  let low = 0;
  let high = 0;
  for (const p of pairs) {
    low = Math.min(low, p.score);
    high = Math.max(high, p.score);
  }
  return 1 + Math.min(menteeCount, places) * (high - low) + Math.abs(low);
}

export function matchingLp(pairs: LpPair[], capacity: ArrayLike<number>, menteeCount: number, bonus: number): string {
  const byMentee: number[][] = Array.from({ length: menteeCount }, () => []);
  const byMentor: number[][] = Array.from({ length: capacity.length }, () => []);
  pairs.forEach((p, k) => {
    byMentee[p.mentee]!.push(k);
    byMentor[p.mentor]!.push(k);
  });
  const out: string[] = ['Maximize', ' obj:'];
  let line = '';
  pairs.forEach((p, k) => {
    line += ` + ${bonus + p.score} x${k}`;
    if (line.length > 200) {
      out.push(line);
      line = '';
    }
  });
  if (line) out.push(line);
  out.push('Subject To');
  const row = (name: string, ks: number[], bound: number): void => {
    if (ks.length === 0) return;
    let text = ` ${name}:`;
    for (const k of ks) {
      text += ` + x${k}`;
      if (text.length > 200) {
        out.push(text);
        text = '';
      }
    }
    out.push(`${text} <= ${bound}`);
  };
  byMentee.forEach((ks, i) => row(`e${i}`, ks, 1));
  byMentor.forEach((ks, j) => row(`m${j}`, ks, capacity[j]!));
  out.push('Bounds');
  pairs.forEach((p, k) => out.push(` ${p.pinned ? 1 : 0} <= x${k} <= 1`));
  out.push('End');
  return out.join('\n');
}
