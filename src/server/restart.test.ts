import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '#test/free-port.ts';

/**
 * `npm start` on a fresh machine: the server starts its own PostgreSQL in the data folder and seeds the
 * demo; Ctrl-C stops both cleanly; the next start finds the same data and does not seed it again.
 * The real server runs as a child process with its own data folder and ports.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let dataDir: string;
let running: ChildProcess | null = null;

afterAll(async () => {
  if (running && running.exitCode === null) running.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function start(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running = child;
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  for (const deadline = Date.now() + 90_000; !output.includes('Press Ctrl-C to stop.'); await sleep(100)) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting:\n${output}`);
    if (Date.now() > deadline) throw new Error(`The server did not start within 90 s:\n${output}`);
  }
  return { child, output: () => output };
}

/**
 * Ctrl-C. A terminal sends it to the whole process group, the embedded PostgreSQL too, which may act on it
 * first: `postgresFirst` makes it do so, dropping the pools' connections before the server begins to stop.
 */
async function interrupt(child: ChildProcess, postgresFirst = false): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  if (postgresFirst) {
    process.kill(
      Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]),
      'SIGINT',
    );
    await sleep(500);
  }
  child.kill('SIGINT');
  return exited;
}

/** Log lines at level error (50) or above: a clean stop writes none. */
const errorLines = (output: string) => output.split('\n').filter((line) => /"level":(5|6)\d/.test(line));

describe('npm start', () => {
  it(
    'starts its own PostgreSQL with the demo, stops cleanly on Ctrl-C, and starts again on the same data',
    { timeout: 240_000 },
    async () => {
      // Under .tmp like the other throwaway clusters: PostgreSQL runs as its own user, which cannot enter a private temp folder of root's.
      dataDir = path.resolve('.tmp', `start-test-${process.pid}`);
      await rm(dataDir, { recursive: true, force: true });
      const [port, pgPort] = [await freePort(), await freePort()];
      const env = {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATA_DIR: dataDir,
        PORT: String(port),
        EMBEDDED_PG_PORT: String(pgPort),
        LOG_LEVEL: 'warn',
        NODE_ENV: 'development',
      };

      const first = await start(env);
      expect(first.output()).toContain('(demo data just created)');
      expect(first.output()).toMatch(/Member\s+member@riverside\.example\s+password: /);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).ok).toBe(true);
      // Something written while it runs, to find again after the restart.
      const database = `postgres://kindred:kindred-local@127.0.0.1:${pgPort}/kindred`;
      const client = new pg.Client(database);
      await client.connect();
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM persons');
      await client.query(`UPDATE organisations SET name = name || ' (restart test)' WHERE slug = 'riverside-health'`);
      await client.end();

      expect(await interrupt(first.child, true)).toBe(0);
      expect(errorLines(first.output())).toEqual([]);
      // PostgreSQL stopped too: no server left holding the data folder.
      await expect(stat(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();

      const second = await start(env);
      expect(second.output()).not.toContain('demo data just created');
      expect(second.output()).toContain('Demo logins');
      const again = new pg.Client(database);
      await again.connect();
      expect((await again.query<{ n: number }>('SELECT count(*)::int AS n FROM persons')).rows[0]!.n).toBe(rows[0]!.n);
      expect(
        (await again.query<{ name: string }>(`SELECT name FROM organisations WHERE slug = 'riverside-health'`)).rows[0]!
          .name,
      ).toContain('(restart test)');
      await again.end();
      expect(await interrupt(second.child)).toBe(0);
      expect(errorLines(second.output())).toEqual([]);
    },
  );
});
