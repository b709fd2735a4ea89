import { drizzle } from 'drizzle-orm/node-postgres';
import type pg from 'pg';
import type { Database, DatabaseHandle } from './client.ts';
import * as schema from './schema/index.ts';

export interface TransactionScope {
  db: Database;
  /** The raw connection, so a job can be queued inside the same transaction as the data it is about. */
  client: pg.PoolClient;
}

/** One transaction on one connection: everything done through `scope` commits or rolls back together. */
export async function inTransaction<T>(
  handle: DatabaseHandle,
  work: (scope: TransactionScope) => Promise<T>,
): Promise<T> {
  const client = await handle.pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work({ db: drizzle(client, { schema }), client });
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
