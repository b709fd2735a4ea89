import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { DatabaseHandle, Executor } from '#db/client.ts';
import type { Sealer } from '#db/seal.ts';
import { inTransaction } from '#db/transaction.ts';

/**
 * Privacy rule 3, "anonymous means unlinkable" (docs/privacy.md, docs/decisions/005-anonymous-answers.md).
 * Every write of anonymous answers goes through here. Each write rewrites a scope's "has answered" rows
 * and held answers whole, sorted by their own values, so no row keeps the transaction id or the position
 * it arrived with. Answers are released only in batches of at least `minimum`, dated by the day. While
 * held, an answer is sealed with a key kept outside the database (src/db/seal.ts): the database alone
 * never shows the answer of the one person who has answered so far.
 */
export interface PooledAnswers<HasAnswered extends PgTable, Held extends PgTable> {
  /** Who has answered: no answer, no time. Its primary key lets each person answer once. */
  hasAnswered: HasAnswered;
  /** Answers waiting to be released: no person, no time, no key; the answer itself sealed. */
  held: Held;
  /** The held table's column holding the sealed answer; its other columns not in `clear` are the answer. */
  sealed: PgColumn;
  /** The held table's columns kept readable: the scope and the batch (the organisation, the group, the round). */
  clear: PgColumn[];
  /** The held table's column whose value is the scope's id. */
  scopeColumn: PgColumn;
  /** Released answers: the held table's columns plus `released_on` (a date). */
  released: PgTable;
  /** Columns of the held table whose values make one batch. */
  batchBy: PgColumn[];
  /** The rows always written together (a group's surveys, a program's feedback), and a name to lock them by. */
  scope(id: string): { lock: string; hasAnswered: SQL; held: SQL };
}

type Row = Record<string, unknown>;

/** Columns in declaration order, which is also the order rows are sorted by. */
const columnsOf = (table: PgTable) => Object.values(getTableColumns(table));

const byContent = (table: PgTable) => {
  const names = columnsOf(table).map((c) => c.name);
  return (a: Row, b: Row) => {
    for (const name of names) {
      const x = a[name] as string | number | boolean;
      const y = b[name] as string | number | boolean;
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };
};

/** A row keyed by property (as Drizzle infers it) keyed by column name instead. */
const byColumnName = (table: PgTable, row: Row): Row =>
  Object.fromEntries(Object.entries(getTableColumns(table)).map(([key, column]) => [column.name, row[key]]));

async function lock(db: Executor, name: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${name}))`);
}

async function take(db: Executor, table: PgTable, where: SQL): Promise<Row[]> {
  const { rows } = await db.execute<Row>(sql`DELETE FROM ${table} WHERE ${where} RETURNING *`);
  return rows;
}

/** Inserts the rows in content order, whatever order they came in. */
async function put(db: Executor, table: PgTable, rows: Row[]) {
  if (rows.length === 0) return;
  const sorted = [...rows].sort(byContent(table));
  const columns = columnsOf(table);
  const names = sql.join(
    columns.map((c) => sql.identifier(c.name)),
    sql`, `,
  );
  const arrays = sql.join(
    columns.map((c) => sql`${sql.param(sorted.map((r) => r[c.name]))}::${sql.raw(c.getSQLType())}[]`),
    sql`, `,
  );
  await db.execute(sql`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${arrays})`);
}

async function rewrite(db: Executor, table: PgTable, where: SQL, added: Row[] = []) {
  await put(db, table, [...(await take(db, table, where)), ...added]);
}

/** The held table's columns that make the answer, sealed together. */
const answerColumns = (store: PooledAnswers<PgTable, PgTable>) =>
  columnsOf(store.held)
    .map((c) => c.name)
    .filter((name) => name !== store.sealed.name && !store.clear.some((c) => c.name === name));

/** A held row as stored: its clear columns, and its answer sealed (a row held before sealing is sealed now). */
function sealRow(store: PooledAnswers<PgTable, PgTable>, sealer: Sealer, row: Row): Row {
  if (row[store.sealed.name]) return row;
  const answer = answerColumns(store);
  return {
    ...Object.fromEntries(store.clear.map((c) => [c.name, row[c.name]])),
    ...Object.fromEntries(answer.map((name) => [name, null])),
    [store.sealed.name]: sealer.seal(JSON.stringify(Object.fromEntries(answer.map((name) => [name, row[name]])))),
  };
}

/** A held row with its answer readable; null when it was sealed with another key. */
function openRow(store: PooledAnswers<PgTable, PgTable>, sealer: Sealer, row: Row): Row | null {
  const sealed = row[store.sealed.name] as string | null;
  if (!sealed) return row;
  const answer = sealer.open(sealed);
  return answer === null ? null : { ...row, ...(JSON.parse(answer) as Row), [store.sealed.name]: null };
}

/**
 * Takes one person's answer, once: records that they answered and adds the answer to the scope's held
 * ones, in one transaction under the scope's lock. False, with nothing written, when they had already answered.
 */
export async function holdAnswer<HasAnswered extends PgTable, Held extends PgTable>(
  database: DatabaseHandle,
  sealer: Sealer,
  store: PooledAnswers<HasAnswered, Held>,
  scopeId: string,
  input: { hasAnswered: HasAnswered['$inferSelect']; answer: Omit<Held['$inferInsert'], 'sealed'> },
): Promise<boolean> {
  const scope = store.scope(scopeId);
  return inTransaction(database, async ({ db }) => {
    await lock(db, scope.lock);
    const claim = byColumnName(store.hasAnswered, input.hasAnswered);
    const { rows } = await db.execute(sql`
      INSERT INTO ${store.hasAnswered} (${sql.join(
        Object.keys(claim).map((name) => sql.identifier(name)),
        sql`, `,
      )})
      VALUES (${sql.join(
        Object.values(claim).map((value) => sql`${value}`),
        sql`, `,
      )})
      ON CONFLICT DO NOTHING RETURNING 1`);
    if (rows.length === 0) return false;
    await rewrite(db, store.hasAnswered, scope.hasAnswered);
    const held = [...(await take(db, store.held, scope.held)), byColumnName(store.held, input.answer)];
    await put(
      db,
      store.held,
      held.map((row) => sealRow(store, sealer, row)),
    );
    return true;
  });
}

/**
 * Releases every batch of at least `minimum` of the scope's held answers, dated `releasedOn`, in its own
 * transaction. Smaller batches stay held, whatever their age. Returns how many answers were released.
 */
export async function releaseHeld<HasAnswered extends PgTable, Held extends PgTable>(
  database: DatabaseHandle,
  sealer: Sealer,
  store: PooledAnswers<HasAnswered, Held>,
  scopeId: string,
  { minimum, releasedOn }: { minimum: number; releasedOn: string },
): Promise<number> {
  const batchOf = (row: Row) => JSON.stringify(store.batchBy.map((c) => row[c.name]));
  const isReady = (rows: Row[]) => {
    const sizes = new Map<string, number>();
    for (const row of rows) sizes.set(batchOf(row), (sizes.get(batchOf(row)) ?? 0) + 1);
    return (row: Row) => sizes.get(batchOf(row))! >= minimum;
  };
  const scope = store.scope(scopeId);
  return inTransaction(database, async ({ db }) => {
    await lock(db, scope.lock);
    const { rows: waiting } = await db.execute<Row>(sql`SELECT * FROM ${store.held} WHERE ${scope.held}`);
    if (!waiting.some(isReady(waiting))) return 0;
    const held = await take(db, store.held, scope.held);
    // A row sealed with a key since replaced cannot be read: it stays held, and is not counted.
    const opened = held.map((row) => ({ row, open: openRow(store, sealer, row) }));
    const readable = opened.flatMap((o) => (o.open ? [o.open] : []));
    const ready = isReady(readable);
    const released = readable.filter(ready);
    await put(
      db,
      store.released,
      released.map((row) => ({ ...row, released_on: releasedOn })),
    );
    await put(db, store.held, [
      ...opened.filter((o) => !o.open).map((o) => o.row),
      ...readable.filter((row) => !ready(row)).map((row) => sealRow(store, sealer, row)),
    ]);
    await rewrite(db, store.hasAnswered, scope.hasAnswered);
    return released.length;
  });
}

/**
 * Releases the ready batches of each scope named (each in its own transaction, dated by its
 * organisation's today), then vacuums the store once. Returns how many answers were released.
 */
export async function releaseScopes(
  database: DatabaseHandle,
  sealer: Sealer,
  store: PooledAnswers<PgTable, PgTable>,
  scopes: { orgId: string; scopeId: string }[],
  { minimum, today }: { minimum: number; today: (orgId: string) => Promise<string> },
): Promise<number> {
  let released = 0;
  for (const { orgId, scopeId } of scopes)
    released += await releaseHeld(database, sealer, store, scopeId, { minimum, releasedOn: await today(orgId) });
  await vacuumPooledAnswers(database.db, store);
  return released;
}

/**
 * Seals answers held before sealing began (migration 0010), scope by scope, then rewrites the table so
 * no old row version keeps them in the clear. Run on every start; does nothing once all are sealed.
 */
export async function sealLegacyHeld(
  database: DatabaseHandle,
  sealer: Sealer,
  store: PooledAnswers<PgTable, PgTable>,
): Promise<number> {
  const { rows } = await database.db.execute<{ id: string }>(
    sql`SELECT DISTINCT ${store.scopeColumn} AS id FROM ${store.held} WHERE ${store.sealed} IS NULL`,
  );
  let sealed = 0;
  for (const { id } of rows) {
    const scope = store.scope(id);
    sealed += await inTransaction(database, async ({ db }) => {
      await lock(db, scope.lock);
      const held = await take(db, store.held, scope.held);
      await put(
        db,
        store.held,
        held.map((row) => sealRow(store, sealer, row)),
      );
      return held.filter((row) => !row[store.sealed.name]).length;
    });
  }
  if (sealed > 0) await database.db.execute(sql`VACUUM FULL ${store.held}`);
  return sealed;
}

/**
 * Dead row versions left by the rewrites would keep the old order on disk until vacuumed; the tables
 * are small, so they are vacuumed at once. The released table only grows, but a migration may have
 * rewritten it (0007_feedback-pool did), and vacuuming it costs next to nothing. Runs outside any transaction.
 */
export async function vacuumPooledAnswers(db: Executor, store: PooledAnswers<PgTable, PgTable>) {
  await db.execute(sql`VACUUM ${store.hasAnswered}, ${store.held}, ${store.released}`);
}
