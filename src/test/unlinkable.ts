import { Writable } from 'node:stream';
import { buildApp } from '#server/app.ts';
import { TestClient, type TestApp } from './api.ts';
import { PASSWORD, type SeededPerson } from './fixtures.ts';

// The checks behind privacy rule 3 (docs/privacy.md, "Anonymous means unlinkable"), shared by the
// group survey and mentoring feedback tests: nothing stored or logged may join an answer to a person.

const rows = async (t: TestApp, text: string, values: unknown[] = []) =>
  (await t.deps.database.pool.query(text, values)).rows;

/** Each column of a table with its data type, to show what the table could give away. */
export async function columnTypes(t: TestApp, table: string): Promise<Record<string, string>> {
  const columns = await rows(t, `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = $1`, [
    table,
  ]);
  return Object.fromEntries(columns.map((c) => [c.column_name, c.data_type]));
}

/** Columns of the tables whose names start with `prefix` that a sequence fills: its numbers would tell arrival order. */
export async function sequenceColumns(
  t: TestApp,
  prefix: string,
): Promise<{ table_name: string; column_name: string }[]> {
  return rows(
    t,
    `SELECT table_name, column_name FROM information_schema.columns WHERE table_name LIKE $1 AND column_default LIKE 'nextval%'`,
    [`${prefix}%`],
  );
}

/**
 * Held answers are sealed: each row of the held table has its `sealed` text, every other column but
 * the clear ones is empty, and nothing in the table shows any of `answers` (free text of the answers).
 */
export async function heldSealed(
  t: TestApp,
  table: string,
  clear: string[],
  answers: string[],
): Promise<{ rows: number; readable: string[] }> {
  const held = await rows(t, `SELECT to_jsonb(h) AS row, to_jsonb(h)::text AS text FROM ${table} h`);
  const readable = held.flatMap(({ row, text }: { row: Record<string, unknown>; text: string }) => [
    ...(row.sealed ? [] : ['a row without its sealed answer']),
    ...Object.entries(row)
      .filter(([column, value]) => column !== 'sealed' && !clear.includes(column) && value !== null)
      .map(([column]) => `${column} in the clear`),
    ...answers.filter((answer) => text.includes(answer)),
  ]);
  return { rows: held.length, readable };
}

/** Every line the app logs, at its most talkative, while `person` signs in and does `act`. */
export async function logWhile(
  t: TestApp,
  person: SeededPerson,
  act: (client: TestClient) => Promise<void>,
): Promise<string> {
  const lines: string[] = [];
  const logged = await buildApp({
    deps: t.deps,
    cookieSecret: 'a-cookie-secret-for-the-logging-app-only',
    logger: {
      level: 'trace',
      stream: new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }),
    },
  });
  await logged.ready();
  try {
    const client = new TestClient(logged);
    await client.signIn(person.email, PASSWORD);
    await act(client);
  } finally {
    await logged.close();
  }
  return lines.join('\n');
}
