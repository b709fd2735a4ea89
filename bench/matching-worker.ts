import { solveMatching } from '#matching/index.ts';
import { generateInstance, type GeneratorOptions } from './matching-instances.ts';

/**
 * Runs our solver in a fresh process so its peak memory is ours alone: builds the instance,
 * warms the JIT up on a small one (a server solves many times), then times five solves and
 * reports the median, with the process's peak resident set size.
 */
export interface WorkerReport {
  ms: number;
  objective: number;
  matched: number;
  peakMb: number;
  instanceMb: number;
}

const spec = JSON.parse(process.argv[2]!) as GeneratorOptions;
solveMatching(generateInstance({ mentees: 500, mentors: 250, seed: 99, candidatesPerMentee: 50 }));
const instance = generateInstance(spec);
const instanceMb = process.memoryUsage().rss / 2 ** 20;
const times: number[] = [];
let last = solveMatching(instance);
for (let run = 0; run < 5; run++) {
  const started = performance.now();
  last = solveMatching(instance);
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const report: WorkerReport = {
  ms: times[2]!,
  objective: last.objective,
  matched: last.matched,
  peakMb: process.resourceUsage().maxRSS / 1024,
  instanceMb,
};
process.stdout.write(JSON.stringify(report));
