import fs from 'node:fs/promises';
import path from 'node:path';
import PgBoss from 'pg-boss';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '#db/embedded.ts';
import { applyMigrations } from '#db/migrate.ts';
import { ensureQueues } from '#server/jobs/queue.ts';
import { QUEUE_NAMES } from '#server/modules.ts';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresAdminUrl: string;
  }
}

export const TEMPLATE_DATABASE = 'kindred_template';

/**
 * One throwaway PostgreSQL per test run, with a template database migrated once (including pg-boss's schema);
 * each test file copies it with CREATE DATABASE … TEMPLATE, so files run in parallel and never share state.
 */
export default async function setup(project: TestProject) {
  const dataDir = path.resolve('.tmp', `test-postgres-${process.pid}`);
  await fs.rm(dataDir, { recursive: true, force: true });
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort(), durable: false });
  const admin = new pg.Client({ connectionString: server.url('postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  await admin.end();
  const templateUrl = server.url(TEMPLATE_DATABASE);
  await applyMigrations(templateUrl);
  const boss = new PgBoss({ connectionString: templateUrl, supervise: false, schedule: false });
  await boss.start();
  await ensureQueues(boss, QUEUE_NAMES);
  await boss.stop({ graceful: false, wait: true });
  project.provide('postgresAdminUrl', server.url('postgres'));
  return async () => {
    await server.stop();
    await fs.rm(dataDir, { recursive: true, force: true });
  };
}
