import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import pg from 'pg';
import { connectDatabase } from '#db/client.ts';
import { startEmbeddedPostgres } from '#db/embedded.ts';
import { applyMigrations } from '#db/migrate.ts';
import { buildApp } from '#server/app.ts';
import { readConfig } from '#server/config.ts';
import { loggerOptions } from '#server/logger.ts';
import { startServices } from '#server/start-services.ts';
import { PASSWORD } from '#test/fixtures.ts';
import type { LoadReport, LoadSpec } from './api-load-generator.ts';
import { type BenchOrg, seedBenchOrganisation } from './api-load-seed.ts';
import { tableLines } from './table.ts';

/**
 * `npm run bench:api` (DESIGN.md section 7, API): a busy morning's reads against the real server on a
 * real PostgreSQL, an organisation of 5,000 people, at a fixed arrival rate; then, in the same run and
 * at the same rate, a bare Fastify + pg endpoint making one indexed query on the same database.
 */
const RATE = 500;
const SECONDS = 10;
/** Not measured: a rise from 0 to the full rate (a cold server at full load measures connection set-up and the JIT), then a hold. */
const RAMP_SECONDS = 5;
const WARM_UP_SECONDS = 3;
const TARGET_P99_MS = 50;
/**
 * Rounds of bare then Kindred; the verdicts read the median round of each. A shared two-core machine
 * stalls now and then for tens of milliseconds, for the bare endpoint as much as for Kindred; the median
 * of three keeps one stall from deciding the run, and every round's p99 is printed.
 */
const ROUNDS = 3;
const BARE_FACTOR = 2;
/** Everything sent, warm-up included. */
const REQUESTS_SENT = Math.round((RAMP_SECONDS * RATE) / 2) + (WARM_UP_SECONDS + SECONDS) * RATE;
const cpuPerRequest = (used: NodeJS.CpuUsage) => (used.user + used.system) / 1000 / REQUESTS_SENT;

/** What an admin types into people search. */
const SEARCHES = ['smi', 'nguyen', 'pat', 'will', 'chen', 'jo', 'sarah', 'mar', 'brown', 'lee'];

/**
 * A busy morning, in twentieths: every page load asks who is signed in, the layout reads the organisation and
 * the home page the notifications; members open their mentoring pairs and their groups; admins and
 * coordinators search people.
 */
const MIX: { label: string; weight: number; path: (base: string, i: number) => string; by: 'member' | 'searcher' }[] = [
  { label: 'GET /api/auth/session', weight: 5, path: () => '/api/auth/session', by: 'member' },
  { label: 'GET /api/orgs/:orgId/notifications', weight: 4, path: (base) => `${base}/notifications`, by: 'member' },
  { label: 'GET /api/orgs/:orgId', weight: 3, path: (base) => base, by: 'member' },
  { label: 'GET /api/orgs/:orgId/mentoring/pairs', weight: 3, path: (base) => `${base}/mentoring/pairs`, by: 'member' },
  { label: 'GET /api/orgs/:orgId/groups', weight: 3, path: (base) => `${base}/groups`, by: 'member' },
  {
    label: 'GET /api/orgs/:orgId/people?q=',
    weight: 2,
    path: (base, i) => `${base}/people?q=${SEARCHES[i % SEARCHES.length]}`,
    by: 'searcher',
  },
];
const BARE_LABEL = 'GET /orgs/:orgId/people (bare)';
const BARE_QUERY = `SELECT p.id, p.name, p.email, m.roles, m.status FROM members m JOIN persons p ON p.id = m.person_id
  WHERE m.org_id = $1 AND m.status = 'active' ORDER BY m.person_id LIMIT 50`;

const loadBefore = loadavg();
const started = performance.now();
const dataDir = path.resolve('.tmp', `bench-api-${process.pid}`);
const postgres = await startEmbeddedPostgres({ dataDir, port: 54372, durable: true });
const stops: (() => Promise<unknown>)[] = [
  () => postgres.stop(),
  () => fs.rm(dataDir, { recursive: true, force: true }),
];
let org: BenchOrg;
let memberCookies: string[];
let searcherCookies: string[];
/** One report per round, in order. */
const kindredRounds: LoadReport[] = [];
const bareRounds: LoadReport[] = [];
/** CPU time of this process (the servers, Kindred's job workers) per request sent, ms, over all rounds. */
let kindredCpu = 0;
let bareCpu = 0;
let loopDelayMax = 0;
let loadAfter: number[];
try {
  const url = postgres.url('kindred');
  await applyMigrations(url);
  // As in production (main.ts): request logging at info, here written to /dev/null rather than a terminal.
  const config = readConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'info',
    APP_URL: 'http://127.0.0.1',
    DATA_DIR: dataDir,
  } as NodeJS.ProcessEnv);
  const services = await startServices(config, url, () => undefined);
  stops.unshift(() => services.stop());
  const app = await buildApp({
    deps: services.deps,
    cookieSecret: services.cookieSecret,
    logger: { ...loggerOptions(config), file: '/dev/null' },
  });
  stops.unshift(() => app.close());
  const origin = await listen(app);
  const setup = connectDatabase(url, { max: 2 });
  stops.unshift(() => setup.close());
  org = await seedBenchOrganisation(setup.db, app);
  // As a database that has been running a while: statistics gathered and the seed's writes checkpointed, so autovacuum and the checkpointer do not run during the measurement.
  await setup.pool.query('VACUUM ANALYZE');
  await setup.pool.query('CHECKPOINT');
  memberCookies = await signInAll(origin, org.members);
  searcherCookies = await signInAll(origin, org.searchers);

  const barePool = new pg.Pool({ connectionString: url, max: 20 });
  stops.unshift(() => barePool.end());
  const bare = Fastify();
  bare.get<{ Params: { orgId: string } }>(
    '/orgs/:orgId/people',
    async (request) => (await barePool.query(BARE_QUERY, [request.params.orgId])).rows,
  );
  const bareOrigin = await listen(bare);
  stops.unshift(() => bare.close());
  process.stderr.write(`seeded and signed in (${((performance.now() - started) / 1000).toFixed(0)} s); measuring\n`);

  const schedule = { rate: RATE, rampSeconds: RAMP_SECONDS, warmUpSeconds: WARM_UP_SECONDS, seconds: SECONDS };
  for (let round = 1; round <= ROUNDS; round++) {
    let cpu = process.cpuUsage();
    bareRounds.push(
      await load({
        ...schedule,
        origin: bareOrigin,
        requests: [{ label: BARE_LABEL, path: `/orgs/${org.orgId}/people` }],
      }),
    );
    bareCpu += cpuPerRequest(process.cpuUsage(cpu)) / ROUNDS;
    cpu = process.cpuUsage();
    const loopDelay = monitorEventLoopDelay({ resolution: 5 });
    loopDelay.enable();
    kindredRounds.push(await load({ ...schedule, origin, requests: kindredRequests() }));
    loopDelay.disable();
    loopDelayMax = Math.max(loopDelayMax, loopDelay.max / 1e6);
    kindredCpu += cpuPerRequest(process.cpuUsage(cpu)) / ROUNDS;
    process.stderr.write(`round ${round} of ${ROUNDS} measured\n`);
  }
  loadAfter = loadavg();
} finally {
  for (const stop of stops) await stop();
}
process.exit(report() ? 0 : 1);

async function listen(server: FastifyInstance): Promise<string> {
  await server.listen({ host: '127.0.0.1', port: 0 });
  return `http://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
}

/** Signs in as the web client does: a CSRF token (and its cookie) first, then the sign-in with both; answers the Cookie header. */
async function signIn(origin: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(';')[0]!;
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
  };
  const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join('; ');
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  keep(csrf);
  const { token } = (await csrf.json()) as { token: string };
  const response = await fetch(`${origin}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookie() },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (response.status !== 200)
    throw new Error(`sign-in failed for ${email}: ${response.status} ${await response.text()}`);
  keep(response);
  return cookie();
}

async function signInAll(origin: string, emails: string[]): Promise<string[]> {
  const cookies: string[] = [];
  for (let i = 0; i < emails.length; i += 4)
    cookies.push(...(await Promise.all(emails.slice(i, i + 4).map((email) => signIn(origin, email)))));
  return cookies;
}

/** 2,000 requests, the mix spread evenly through each twenty, each from the next person in turn. */
function kindredRequests(): LoadSpec['requests'] {
  const slots = MIX.flatMap((m) => Array<(typeof MIX)[number]>(m.weight).fill(m));
  return Array.from({ length: 2_000 }, (_, i) => {
    const m = slots[(i * 7) % slots.length]!;
    const cookie =
      m.by === 'member'
        ? memberCookies[(i * 37) % memberCookies.length]!
        : searcherCookies[i % searcherCookies.length]!;
    return { label: m.label, path: m.path(`/api/orgs/${org.orgId}`, i), cookie };
  });
}

function load(spec: LoadSpec): Promise<LoadReport> {
  const generator = fileURLToPath(new URL('./api-load-generator.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', generator], { stdio: ['pipe', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stdin.end(JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(output) as LoadReport) : reject(new Error(`load generator exited with ${code}`)),
    );
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function summarise(target: string, label: string, latencies: number[], errors: number, seconds: number) {
  const sorted = latencies.toSorted((a, b) => a - b);
  const [p50, p90, p99] = [50, 90, 99].map((p) => percentile(sorted, p));
  return {
    cells: [
      target,
      label,
      ((latencies.length + errors) / seconds).toFixed(0),
      p50!.toFixed(1),
      p90!.toFixed(1),
      p99!.toFixed(1),
      sorted.at(-1)!.toFixed(1),
      String(errors),
    ],
    p99: p99!,
  };
}

function report(): boolean {
  const all = (r: LoadReport) => Object.values(r.latencies).flat();
  const errorsOf = (r: LoadReport) => Object.values(r.errors).reduce((a, b) => a + b, 0);
  const p99Of = (r: LoadReport) =>
    percentile(
      all(r).toSorted((a, b) => a - b),
      99,
    );
  const median = (rounds: LoadReport[]) =>
    rounds.toSorted((a, b) => p99Of(a) - p99Of(b))[Math.floor(rounds.length / 2)]!;
  const kindred = median(kindredRounds);
  const baseline = median(bareRounds);
  const roundsLine = (rounds: LoadReport[]) => rounds.map((r) => `${p99Of(r).toFixed(1)}`).join(', ');
  const kindredAll = summarise('Kindred', 'all of the mix below', all(kindred), errorsOf(kindred), kindred.sendSeconds);
  const bareAll = summarise('bare Fastify + pg', BARE_LABEL, all(baseline), errorsOf(baseline), baseline.sendSeconds);
  const rows = [
    kindredAll.cells,
    ...MIX.map(
      (m) =>
        summarise(
          '',
          `${m.label} (${m.weight * 5}%)`,
          kindred.latencies[m.label] ?? [],
          kindred.errors[m.label] ?? 0,
          kindred.sendSeconds,
        ).cells,
    ),
    bareAll.cells,
  ];
  const header = ['target', 'endpoint (share of requests)', 'req/s', 'p50 ms', 'p90 ms', 'p99 ms', 'max ms', 'errors'];
  const achieved = (r: LoadReport) =>
    `${(r.sent / r.sendSeconds).toFixed(0)} req/s sent, ${((all(r).length + errorsOf(r)) / r.sendSeconds).toFixed(0)} answered or failed per second, on ${r.sockets} sockets; the generator sent ${r.sendLagP99.toFixed(1)} ms late at p99`;
  process.stdout.write(
    [
      '',
      `API under load: ${ROUNDS} rounds, each of the bare endpoint then Kindred, each at ${RATE} requests/s for ${SECONDS} s after a warm-up (${RAMP_SECONDS} s rising to that rate, ${WARM_UP_SECONDS} s at it), open model (arrivals on a fixed schedule, not waiting for answers), over 127.0.0.1`,
      `Organisation of ${org.people.toLocaleString('en')} people, ${org.pairs} mentoring pairs, ${org.groups} groups, ${org.notifications.toLocaleString('en')} notifications; ${memberCookies.length} members and ${searcherCookies.length} admins/coordinators signed in`,
      `The table shows the median round of each (by p99); p99 of every round, in order: Kindred ${roundsLine(kindredRounds)} ms; bare ${roundsLine(bareRounds)} ms`,
      ...tableLines(header, rows, 2),
      '',
      `Kindred: ${achieved(kindred)}${kindred.firstError ? `; first error: ${kindred.firstError}` : ''}`,
      `bare:    ${achieved(baseline)}${baseline.firstError ? `; first error: ${baseline.firstError}` : ''}`,
      `bare endpoint: a new Fastify instance and a pg Pool (20 connections, as Kindred's), one indexed query: the first 50 active members of the organisation with their names.`,
      `server CPU per request (this process, user + system): Kindred ${kindredCpu.toFixed(2)} ms, bare ${bareCpu.toFixed(2)} ms; PostgreSQL and the generator run in their own processes; Kindred's event loop was held up at most ${loopDelayMax.toFixed(1)} ms.`,
      `Latency: from sending a request to the end of its answer, as the generator (a separate process) sees it.`,
      `machine: ${cpus().length} cores, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} at start, ${loadAfter.map((l) => l.toFixed(2)).join(' ')} at end (other work on the machine slows both).`,
      '',
    ].join('\n'),
  );
  const verdicts: [string, boolean][] = [
    [
      `no errors in any round (${kindredRounds.map(errorsOf).join(', ')})`,
      kindredRounds.every((r) => errorsOf(r) === 0 && r.sent / r.sendSeconds >= RATE * 0.98),
    ],
    [
      `p99 under ${TARGET_P99_MS} ms at ${RATE} req/s (Kindred p99 ${kindredAll.p99.toFixed(1)} ms, ${errorsOf(kindred)} errors)`,
      kindredAll.p99 < TARGET_P99_MS && errorsOf(kindred) === 0 && kindred.sent / kindred.sendSeconds >= RATE * 0.98,
    ],
    [
      `within ${BARE_FACTOR}× of bare Fastify + pg (p99 ${kindredAll.p99.toFixed(1)} ms vs ${bareAll.p99.toFixed(1)} ms: ${(kindredAll.p99 / bareAll.p99).toFixed(2)}×)`,
      kindredAll.p99 <= BARE_FACTOR * bareAll.p99,
    ],
  ];
  for (const [target, ok] of verdicts) process.stdout.write(`${ok ? 'PASS' : 'FAIL'}  ${target}\n`);
  return verdicts.every(([, ok]) => ok);
}
