import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { connectDatabase } from './client.ts';

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** Applies every pending migration; safe to run at each start and from several instances (drizzle takes a lock-free journal, so we serialise with an advisory lock). */
export async function applyMigrations(url: string): Promise<void> {
  const handle = connectDatabase(url, { max: 1 });
  try {
    await handle.pool.query('SELECT pg_advisory_lock(7231001)');
    await migrate(handle.db, { migrationsFolder });
  } finally {
    await handle.pool.query('SELECT pg_advisory_unlock(7231001)').catch(() => undefined);
    await handle.close();
  }
}
