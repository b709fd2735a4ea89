import path from 'node:path';
import pino from 'pino';
import { startEmbeddedPostgres, takeOverStopSignals, type EmbeddedServer } from '#db/embedded.ts';
import { applyMigrations } from '#db/migrate.ts';
import { demoLogins, hasDemo, seedDemo } from '#db/seed/demo.ts';
import { buildApp } from './app.ts';
import { readConfig } from './config.ts';
import { loggerOptions } from './logger.ts';
import { sealHeldAnswers, startServices } from './start-services.ts';

const config = readConfig();
const log = pino(loggerOptions(config));

let embedded: EmbeddedServer | null = null;
let stopping = false;
let databaseUrl = config.databaseUrl;
if (!databaseUrl) {
  const dataDir = path.join(config.dataDir, 'postgres');
  log.info({ dataDir, port: config.embeddedPgPort }, 'starting embedded PostgreSQL');
  embedded = await startEmbeddedPostgres({
    dataDir,
    port: config.embeddedPgPort,
    onLog: (m) => log.debug({ postgres: m.trim() }),
  });
  databaseUrl = embedded.url('kindred');
}

await applyMigrations(databaseUrl);
/** PostgreSQL's codes for closing connections as it stops or restarts: admin_shutdown, crash_shutdown, cannot_connect_now. */
const SERVER_STOPPING = new Set(['57P01', '57P02', '57P03']);
const services = await startServices(config, databaseUrl, (error) => {
  if (stopping) return;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && SERVER_STOPPING.has(code)) {
    // Ctrl-C in a terminal reaches our embedded PostgreSQL too (one process group), and it may drop the pools'
    // idle connections before our own handler stops them: a clean stop, not an error. An external server
    // stopping is a restart or failover, which the pools ride out by reconnecting: worth a warning, no more.
    log[embedded ? 'debug' : 'warn']({ code }, 'the database server closed a connection as it stopped or restarted');
    return;
  }
  log.error({ err: error }, 'database connection error');
});
// With its own embedded database Kindred seeds the demo once; an external database is seeded only by `npm run seed`.
const seeded = embedded ? await seedDemo(services.deps.db) : false;
await sealHeldAnswers(services.deps);
const demo = await hasDemo(services.deps.db);

const app = await buildApp({ deps: services.deps, cookieSecret: services.cookieSecret, logger: loggerOptions(config) });
await app.listen({ port: config.port, host: config.host });

async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  await app.close();
  await services.stop();
  await embedded?.stop();
  log.info('stopped');
  process.exit(0);
}
// From here on this handler stops the embedded PostgreSQL itself, last, instead of the package's exit hook racing it.
takeOverStopSignals();
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

const lines = [
  '',
  `  Kindred is running at ${config.appUrl}`,
  `  API reference: ${config.appUrl}/api/docs`,
  services.deps.mailCatcherEnabled
    ? `  Mail sent by Kindred (development): ${config.appUrl}/dev/mail`
    : `  Mail goes to ${config.smtpUrl?.replace(/\/\/[^@]*@/, '//***@')}`,
  ...(embedded
    ? [`  Data folder: ${path.join(config.dataDir, 'postgres')}${seeded ? ' (demo data just created)' : ''}`]
    : []),
  ...(demo
    ? [
        '',
        '  Demo logins:',
        ...demoLogins().map((l) => `    ${l.role.padEnd(12)} ${l.email.padEnd(34)} password: ${l.password}`),
      ]
    : []),
  '',
  '  Press Ctrl-C to stop.',
  '',
];
process.stdout.write(`${lines.join('\n')}\n`);
