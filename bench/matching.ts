import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import highsLoader from 'highs';
import { matchingLp, type LpPair } from '#matching/testing/lp-format.ts';
import type { MatchingInstance } from '#matching/index.ts';
import { greedyMatching } from './matching-greedy.ts';
import { generateInstance, type GeneratorOptions } from './matching-instances.ts';
import type { WorkerReport } from './matching-worker.ts';
import { tableLines } from './table.ts';

/**
 * `npm run bench:matching`: our solver, HiGHS on the identical LP, and a greedy matcher on
 * seeded realistic instances; one table row each, then PASS/FAIL per target (DESIGN.md §7).
 * `--quick` runs the two smaller rows only.
 */
interface Row extends GeneratorOptions {
  name: string;
}

const ROWS: Row[] = [
  { name: 'sparse-500', mentees: 500, mentors: 250, seed: 1, candidatesPerMentee: 50 },
  { name: 'sparse-2k', mentees: 2000, mentors: 1000, seed: 2, candidatesPerMentee: 50 },
  { name: 'sparse-10k', mentees: 10000, mentors: 5000, seed: 3, candidatesPerMentee: 50 },
  { name: 'complete-1k', mentees: 1000, mentors: 500, seed: 4 },
];

interface Measured {
  row: Row;
  pairs: number;
  ours: WorkerReport;
  highs: { ms: number; objective: number; matched: number; status: string; runs: number };
  greedy: { ms: number; objective: number; matched: number };
}

const quick = process.argv.includes('--quick');
const loadBefore = loadavg()[0]!;
const highs = await highsLoader();
const results: Measured[] = [];
for (const row of quick ? ROWS.slice(0, 2) : ROWS) {
  const instance = generateInstance(row);
  const ours = runOurs(row);
  const greedyStarted = performance.now();
  const greedy = greedyMatching(instance);
  const greedyMs = performance.now() - greedyStarted;
  const lp = solveWithHighs(instance, ours.matched);
  results.push({ row, pairs: instance.pairs.length, ours, highs: lp, greedy: { ...greedy, ms: greedyMs } });
  process.stderr.write(`done ${row.name}\n`);
}
printTable(results);

function runOurs(row: Row): WorkerReport {
  const worker = fileURLToPath(new URL('./matching-worker.ts', import.meta.url));
  const output = execFileSync(process.execPath, ['--import', 'tsx', worker, JSON.stringify(row)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(output) as WorkerReport;
}

/**
 * The LP of `lp-format.ts` with a bonus per placed mentee of (highest − lowest score) + 1.
 * That bonus is small, which HiGHS solves far faster than a provably sufficient one, and it
 * is checked, not trusted: when HiGHS places as many mentees as the maximum (our count, which
 * Hopcroft–Karp certifies), its total is the highest among maximum placements, so the
 * comparison is exact. Otherwise the bonus grows tenfold and HiGHS runs again; the time shown
 * is that of the run whose answer is compared, and the `highs runs` column says how many ran.
 */
function solveWithHighs(instance: MatchingInstance, mostPlaced: number): Measured['highs'] {
  const mentorAt = new Map(instance.mentors.map((m, j) => [m.id, j]));
  const menteeAt = new Map(instance.mentees.map((m, i) => [m.id, i]));
  const pairs: LpPair[] = instance.pairs.map((p) => ({
    mentor: mentorAt.get(p.mentor)!,
    mentee: menteeAt.get(p.mentee)!,
    score: p.score,
  }));
  const capacity = instance.mentors.map((m) => m.capacity);
  const scores = Float64Array.from(pairs, (p) => p.score).sort();
  let bonus = scores[scores.length - 1]! - scores[0]! + 1;
  for (let runs = 1; ; runs++) {
    const text = matchingLp(pairs, capacity, instance.mentees.length, bonus);
    const started = performance.now();
    const solution = highs.solve(text, { output_flag: false });
    const ms = performance.now() - started;
    let matched = 0;
    let objective = 0;
    pairs.forEach((p, k) => {
      const column = solution.Columns[`x${k}`];
      const x = column !== undefined && 'Primal' in column ? column.Primal : 0;
      matched += x;
      objective += x * p.score;
    });
    matched = Math.round(matched);
    if (matched >= mostPlaced || solution.Status !== 'Optimal')
      return { ms, objective, matched, status: solution.Status, runs };
    bonus *= 10;
  }
}

function printTable(rows: Measured[]): void {
  const header = [
    'instance',
    'mentees',
    'mentors',
    'pairs',
    'ours ms',
    'highs ms',
    'speed-up',
    'greedy ms',
    'ours objective',
    'highs objective',
    'greedy objective',
    'greedy gap %',
    'matched ours/highs/greedy',
    'highs runs',
    'peak MB',
  ];
  const lines = rows.map((r) => [
    r.row.name,
    String(r.row.mentees),
    String(r.row.mentors),
    String(r.pairs),
    r.ours.ms.toFixed(0),
    r.highs.ms.toFixed(0),
    `${(r.highs.ms / r.ours.ms).toFixed(1)}×`,
    r.greedy.ms.toFixed(0),
    r.ours.objective.toFixed(3),
    r.highs.objective.toFixed(3),
    r.greedy.objective.toFixed(3),
    ((100 * (r.ours.objective - r.greedy.objective)) / r.ours.objective).toFixed(2),
    `${r.ours.matched}/${r.highs.matched}/${r.greedy.matched}`,
    `${r.highs.runs}${r.highs.status === 'Optimal' ? '' : ` (${r.highs.status})`}`,
    r.ours.peakMb.toFixed(0),
  ]);
  for (const line of tableLines(header, lines)) console.log(line);
  console.log(
    '\nours ms: median of 5 solves (solveMatching on the plain instance: validation, Hopcroft–Karp, min-cost flow, result) after a warm-up,' +
      ' in a fresh process per row. highs ms: highs.solve (LP parse + solve), HiGHS default solver, one run.' +
      ' peak MB: peak resident set of that fresh process, instance included. greedy gap: share of our total score greedy misses.\n',
  );

  const verdicts: [string, boolean][] = [
    [
      'objective equals HiGHS (relative 1e-6) on every row',
      rows.every(
        (r) =>
          r.ours.matched === r.highs.matched &&
          Math.abs(r.ours.objective - r.highs.objective) <= 1e-6 * Math.abs(r.highs.objective),
      ),
    ],
    ['at least 10× faster than HiGHS on every row', rows.every((r) => r.highs.ms >= 10 * r.ours.ms)],
    ['10,000 × 5,000 under 1 s', rows.filter((r) => r.row.name === 'sparse-10k').every((r) => r.ours.ms < 1000)],
    ['complete 1,000 × 500 under 1 s', rows.filter((r) => r.row.name === 'complete-1k').every((r) => r.ours.ms < 1000)],
    ['peak memory under 500 MB', rows.every((r) => r.ours.peakMb < 500)],
  ];
  console.log(
    `machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end (times are wall clock; other work on the machine slows both solvers).\n`,
  );
  for (const [target, ok] of verdicts) console.log(`${ok ? 'PASS' : 'FAIL'}  ${target}`);
  if (verdicts.some(([, ok]) => !ok)) process.exitCode = 1;
}
