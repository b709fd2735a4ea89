import http from 'node:http';
import { performance } from 'node:perf_hooks';

/**
 * An open-model load generator, run in its own process so that its timers do not wait on the server's
 * event loop. Each request is sent at its time on a fixed schedule (at full rate, one every 1/rate s)
 * whether or not earlier ones have been answered: slow answers do not lower the load, as they do with a
 * fixed number of connections. Keep-alive sockets, as many as are busy at once. Reads a LoadSpec as JSON
 * on stdin and writes a LoadReport on stdout.
 * (autocannon's `overallRate` is not this: each connection sends its per-second quota back to back as
 * answers arrive, then waits for the next second.)
 */
export interface LoadSpec {
  origin: string;
  rate: number;
  /** Warm-up, not measured: the rate rises evenly from 0 over `rampSeconds`, then holds for `warmUpSeconds`. */
  rampSeconds: number;
  warmUpSeconds: number;
  seconds: number;
  /** Sent in turn, from the first again when the list runs out. */
  requests: { label: string; path: string; cookie?: string }[];
}

export interface LoadReport {
  /** Milliseconds from sending a request to the end of its answer, by label; warm-up requests left out. */
  latencies: Record<string, number[]>;
  errors: Record<string, number>;
  firstError: string | null;
  sent: number;
  /** From the first measured request sent to the last, plus one interval: sent / sendSeconds is the rate achieved. */
  sendSeconds: number;
  /** How late the generator sent requests (its own stalls), 99th percentile, ms. */
  sendLagP99: number;
  sockets: number;
}

const TIMEOUT_MS = 10_000;

async function run(spec: LoadSpec): Promise<LoadReport> {
  const url = new URL(spec.origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
  const sockets = new Set<unknown>();
  const ramp = Math.round((spec.rampSeconds * spec.rate) / 2);
  const warmUp = ramp + Math.round(spec.warmUpSeconds * spec.rate);
  const total = warmUp + Math.round(spec.seconds * spec.rate);
  const interval = 1000 / spec.rate;
  // On the ramp, i requests are due after t = √(2·ramp seconds·i / rate): the rate rises in a straight line.
  const dueAt = (i: number) =>
    i < ramp
      ? Math.sqrt((2 * spec.rampSeconds * i) / spec.rate) * 1000
      : spec.rampSeconds * 1000 + (i - ramp) * interval;
  const latencies: Record<string, number[]> = {};
  const errors: Record<string, number> = {};
  const lags: number[] = [];
  let firstError: string | null = null;
  let finished = 0;
  let firstSent = 0;
  let lastSent = 0;

  const done = new Promise<void>((resolve) => {
    const settle = (i: number, label: string, latency: number | null, error: string | null) => {
      if (i >= warmUp) {
        if (latency !== null) (latencies[label] ??= []).push(latency);
        if (error !== null) {
          errors[label] = (errors[label] ?? 0) + 1;
          firstError ??= `${label}: ${error}`;
        }
      }
      if (++finished === total) resolve();
    };
    const send = (i: number) => {
      const r = spec.requests[i % spec.requests.length]!;
      const sentAt = performance.now();
      let settled = false;
      const once = (latency: number | null, error: string | null) => {
        if (!settled) settle(i, r.label, latency, error);
        settled = true;
      };
      const request = http.get(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: r.path,
          headers: { accept: 'application/json', ...(r.cookie ? { cookie: r.cookie } : {}) },
          timeout: TIMEOUT_MS,
        },
        (response) => {
          response.on('data', () => undefined);
          response.on('end', () => {
            once(performance.now() - sentAt, response.statusCode === 200 ? null : `HTTP ${response.statusCode}`);
          });
        },
      );
      request.on('socket', (socket) => sockets.add(socket));
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', (error) => once(null, error.message));
    };

    const start = performance.now() + 20;
    let next = 0;
    const tick = () => {
      const now = performance.now();
      while (next < total && start + dueAt(next) <= now) {
        if (next === warmUp) firstSent = now;
        if (next >= warmUp) lags.push(now - (start + dueAt(next)));
        lastSent = now;
        send(next++);
      }
      if (next < total) setTimeout(tick, Math.max(0, start + dueAt(next) - performance.now()));
    };
    setTimeout(tick, 20);
  });
  await done;
  agent.destroy();
  lags.sort((a, b) => a - b);
  return {
    latencies,
    errors,
    firstError,
    sent: total - warmUp,
    sendSeconds: (lastSent - firstSent + interval) / 1000,
    sendLagP99: lags[Math.floor(lags.length * 0.99)] ?? 0,
    sockets: sockets.size,
  };
}

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
process.stdout.write(JSON.stringify(await run(JSON.parse(input) as LoadSpec)));
