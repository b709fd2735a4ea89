import { type ChildProcess, spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** What a real server process of a test needs: its database, port, SMTP server and the installation's answer key. */
export interface ServerProcessOptions {
  databaseUrl: string;
  port: number;
  smtpUrl: string;
  answerKey: string;
  /** How long it may take to answer /readyz (a busy machine starting tsx wants more). */
  startWithinMs?: number;
}

/**
 * Starts `node --import tsx src/server/main.ts` on the test's database, as production runs it, and waits until it
 * is ready: for the tests that kill a real server (SIGKILL) and start it again.
 */
export async function startServerProcess(options: ServerProcessOptions): Promise<ChildProcess> {
  const { databaseUrl, port, smtpUrl, answerKey, startWithinMs = 60_000 } = options;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: smtpUrl,
      LOG_LEVEL: 'warn',
      ANSWER_KEY: answerKey,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  for (const deadline = Date.now() + startWithinMs; ; await sleep(100)) {
    if (child.exitCode !== null) throw new Error(`The server stopped while starting:\n${output}`);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return child;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start within ${startWithinMs / 1000} s:\n${output}`);
    }
  }
}

/** Kills the server as a power cut would (SIGKILL) and waits until it is gone. */
export async function killServerProcess(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}
