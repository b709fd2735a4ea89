import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Database = NodePgDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A repo function works the same inside or outside a transaction. */
export type Executor = Database | Transaction;

export interface DatabaseHandle {
  db: Database;
  pool: pg.Pool;
  close(): Promise<void>;
}

// DATE columns stay 'YYYY-MM-DD' strings: a rotation term's date must never shift with the server's time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);

export function connectDatabase(
  url: string,
  options: { max?: number; onError?: (error: Error) => void } = {},
): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // An idle connection dropped by the server (restart, failover, shutdown) must not crash the process;
  // the pool replaces it on the next query.
  pool.on('error', options.onError ?? (() => undefined));
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
