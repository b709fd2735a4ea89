import type { Executor } from './client.ts';

/**
 * A read that runs on most page loads, built by drizzle once per database handle instead of on every
 * call (building queries was a seventh of the server's CPU under load: bench/api-load.ts), and sent as a
 * named statement, which PostgreSQL parses and plans once per connection. `build` ends in
 * `.prepare(name)`, with `sql.placeholder(…)` where the values go; names must be unique.
 * A transaction is a handle of its own: the query is built again for it, and forgotten with it.
 */
export function prepared<Query>(build: (db: Executor) => Query): (db: Executor) => Query {
  const built = new WeakMap<Executor, Query>();
  return (db) => {
    let query = built.get(db);
    if (!query) built.set(db, (query = build(db)));
    return query;
  };
}
