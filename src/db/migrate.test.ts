import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const migrations = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
let pool: pg.Pool;
let before: string;

/** A fresh, empty database on the test cluster. */
async function emptyDatabase() {
  const adminUrl = inject('postgresAdminUrl');
  const name = `migrate_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return adminUrl.replace(/\/postgres$/, `/${name}`);
}

/** The migrations folder as it was before the named migration. */
async function migrationsBefore(tag: string) {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'kindred-migrations-'));
  await fs.cp(migrations, dir, { recursive: true });
  const journal = JSON.parse(await fs.readFile(path.join(dir, 'meta/_journal.json'), 'utf8'));
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e: { tag: string }) => e.tag === tag),
  );
  await fs.writeFile(path.join(dir, 'meta/_journal.json'), JSON.stringify(journal));
  return dir;
}

beforeAll(async () => {
  pool = new pg.Pool({ connectionString: await emptyDatabase(), max: 1 });
  before = await migrationsBefore('0007_feedback-pool');
});
afterAll(async () => {
  await pool.end();
  await fs.rm(before, { recursive: true, force: true });
});

describe('migration 0007_feedback-pool', () => {
  it('moves feedback written beside its "has answered" row onto the pooled store (privacy rule 3)', async () => {
    await migrate(drizzle(pool), { migrationsFolder: before });
    const q = async (text: string, values: unknown[] = []) => (await pool.query(text, values)).rows;
    const [org] = await q(
      `INSERT INTO organisations (name, slug, time_zone, country) VALUES ('Old', 'old', 'Australia/Sydney', 'AU') RETURNING id`,
    );
    const [program] = await q(
      `INSERT INTO mentoring_programs (org_id, name, template, mentor_eligibility, mentee_eligibility, criteria, applications_open_on, applications_close_on, match_publish_on, ends_on)
       VALUES ($1, 'Old program', 'intern_peer_mentoring', '{}', '{}', '{}', '2026-01-01', '2026-01-10', '2026-01-20', '2026-12-01') RETURNING id`,
      [org.id],
    );
    // As the old code wrote them: each answer in the transaction of its "has answered" row, falling "useful".
    for (let i = 0; i < 8; i++) {
      const [person] = await q(`INSERT INTO persons (email, name) VALUES ($1, $1) RETURNING id`, [
        `person-${i}@old.test`,
      ]);
      const round = i < 6 ? 'midpoint' : 'end';
      await q(
        `WITH s AS (INSERT INTO feedback_submissions (org_id, program_id, round, person_id) VALUES ($1, $2, $3, $4))
         INSERT INTO feedback_responses (org_id, program_id, round, side, useful, met_as_planned, recommend, comment, submitted_on)
         VALUES ($1, $2, $3, 'mentee', $5, 3, true, $6, $7)`,
        [org.id, program.id, round, person.id, 5 - (i % 5), `comment ${i}`, `2026-06-0${i + 1}`],
      );
    }

    await migrate(drizzle(pool), { migrationsFolder: migrations });

    // The mid-point round (6 answers) stays released, in content order, dated by the day of its last answer;
    // the end round (2 answers) goes back to the pool.
    const released = await q(
      `SELECT xmin::text AS x, round, released_on::text, useful FROM feedback_responses ORDER BY ctid`,
    );
    expect(released.map((r) => r.useful)).toEqual([1, 2, 3, 4, 5, 5]);
    expect(new Set(released.map((r) => `${r.round} ${r.released_on}`))).toEqual(new Set(['midpoint 2026-06-06']));
    const held = await q(`SELECT xmin::text AS x, round, useful FROM feedback_answer_pool ORDER BY ctid`);
    expect(held.map((r) => [r.round, r.useful])).toEqual([
      ['end', 3],
      ['end', 4],
    ]);
    const submitted = await q(`SELECT xmin::text AS x, round, person_id FROM feedback_submissions ORDER BY ctid`);
    expect(submitted).toHaveLength(8);
    expect(submitted.map((r) => `${r.round} ${r.person_id}`)).toEqual(
      submitted.map((r) => `${r.round} ${r.person_id}`).sort(),
    );
    // Every row now carries the migration's transaction id, not that of the answer it came with.
    expect(new Set([...released, ...held, ...submitted].map((r) => r.x)).size).toBe(1);
  });
});
