/** Exhaustive search over every placement of a tiny instance: the reference the solvers must equal. */
export interface TinyInstance {
  capacity: number[];
  /** Edges as [mentee, mentor, score]. */
  edges: [number, number, number][];
  menteeCount: number;
}

export interface BruteForceBest {
  matched: number;
  total: number;
  /** Among the placements with the most mentees, the highest lowest score. */
  bottleneck: number;
  /** Best total among placements with the most mentees and that bottleneck. */
  fairTotal: number;
}

/**
 * `lowestCap` caps the lowest score (the lowest pinned score, when pins were taken out first).
 */
export function bruteForce(instance: TinyInstance, lowestCap = Infinity): BruteForceBest {
  const byMentee: [number, number][][] = Array.from({ length: instance.menteeCount }, () => []);
  for (const [mentee, mentor, score] of instance.edges) byMentee[mentee]!.push([mentor, score]);
  const load = instance.capacity.map(() => 0);
  const chosen: number[] = [];
  const best: BruteForceBest = { matched: 0, total: 0, bottleneck: -Infinity, fairTotal: 0 };
  let bestLex = { matched: -1, total: -Infinity };
  let bestFair = { matched: -1, bottleneck: -Infinity, total: -Infinity };

  const visit = (i: number): void => {
    if (i === instance.menteeCount) {
      const matched = chosen.length;
      const total = chosen.reduce((sum, s) => sum + s, 0);
      const bottleneck = Math.min(lowestCap, ...chosen);
      if (matched > bestLex.matched || (matched === bestLex.matched && total > bestLex.total))
        bestLex = { matched, total };
      if (
        matched > bestFair.matched ||
        (matched === bestFair.matched &&
          (bottleneck > bestFair.bottleneck || (bottleneck === bestFair.bottleneck && total > bestFair.total)))
      ) {
        bestFair = { matched, bottleneck, total };
      }
      return;
    }
    visit(i + 1);
    for (const [mentor, score] of byMentee[i]!) {
      if (load[mentor]! >= instance.capacity[mentor]!) continue;
      load[mentor]!++;
      chosen.push(score);
      visit(i + 1);
      chosen.pop();
      load[mentor]!--;
    }
  };
  visit(0);
  best.matched = bestLex.matched;
  best.total = bestLex.total;
  best.bottleneck = bestFair.bottleneck;
  best.fairTotal = bestFair.total;
  return best;
}
