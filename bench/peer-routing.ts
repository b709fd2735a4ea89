import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import { startEmbeddedPostgres } from '#db/embedded.ts';
import { applyMigrations } from '#db/migrate.ts';
import { readConfig } from '#server/config.ts';
import { routeWaitingRequests } from '#server/modules/peer-support/index.ts';
import { startServices } from '#server/start-services.ts';
import { seedOrganisation } from '#test/fixtures.ts';
import { tableLines } from './table.ts';

/**
 * `npm run bench:peer-routing`: one run of the routing job over 1,000 waiting requests that are due, against a
 * 200-person roster (all trained and on shift), on a real PostgreSQL. Target (issue 13): under 1 s.
 */
const ROSTER = 200;
const REQUESTS = 1_000;
const REQUESTERS = 400;
const TARGET_MS = 1_000;

const dataDir = path.resolve('.tmp', `bench-peer-routing-${process.pid}`);
const server = await startEmbeddedPostgres({ dataDir, port: 54374, durable: true });
const url = server.url('kindred');
await applyMigrations(url);
const config = readConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  APP_URL: 'http://bench.test',
  DATA_DIR: dataDir,
} as NodeJS.ProcessEnv);
// The job is run here, by hand, when the data is ready: not on its schedule.
const services = await startServices(config, url, () => undefined, { scheduleJobs: false });
const { db, pool } = services.deps.database;

/**
 * An organisation with the roster (supporters in 4 departments and 3 career stages, some carrying load) and
 * requesters (one in ten related to a supporter by the no-assessor rule), and `REQUESTS` waiting requests that
 * are due: `routed` ones timed out at step 0 (each already offered to 3 supporters), others never routed.
 */
async function seed(name: string, routed: boolean): Promise<string> {
  const org = await seedOrganisation(db, name);
  const o = org.orgId;
  const q = (text: string, values: unknown[] = []) => pool.query(text, values);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  await q(
    `INSERT INTO departments (org_id, site_id, name) SELECT $1, $2, 'Department ' || d FROM generate_series(1, 3) d`,
    [o, org.siteId],
  );
  await q(`INSERT INTO peer_support_programs (org_id) VALUES ($1)`, [o]);
  const people = async (prefix: string, n: number, roles: string[]) => {
    const { rows } = await q(
      `WITH made AS (
         INSERT INTO persons (email, name)
         SELECT $2 || i || '@' || $3 || '.test', initcap($2) || ' ' || i FROM generate_series(1, $4::int) i
         RETURNING id
       ), numbered AS (SELECT id, row_number() OVER (ORDER BY id) AS i FROM made),
       depts AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS d FROM departments WHERE org_id = $1)
       INSERT INTO members (org_id, person_id, roles, status, site_id, department_id, career_stage)
       SELECT $1, n.id, $5::text[], 'active', $6, depts.id, (ARRAY['pgy1', 'pgy2', 'registrar'])[1 + n.i % 3]
       FROM numbered n JOIN depts ON depts.d = n.i % 4
       RETURNING person_id`,
      [o, prefix, slug, n, roles, org.siteId],
    );
    return rows.map((r: { person_id: string }) => r.person_id);
  };
  const supporters = await people('supporter', ROSTER, ['member', 'peer_supporter']);
  const requesters = await people('requester', REQUESTERS, ['member']);
  await q(`INSERT INTO peer_supporters (org_id, person_id) SELECT $1, unnest($2::uuid[])`, [o, supporters]);
  await q(
    `INSERT INTO supporter_training (org_id, person_id, title, completed_on, expires_on)
     SELECT $1, unnest($2::uuid[]), 'Peer responder training', current_date - 100, current_date + 265`,
    [o, supporters],
  );
  const { rows: slots } = await q(
    `INSERT INTO roster_slots (org_id, weekday, start_time, end_time) VALUES ($1, 0, '00:00', '23:59') RETURNING id`,
    [o],
  );
  // One shift per supporter running now (a slot's shifts must start at different times).
  await q(
    `INSERT INTO on_call_shifts (org_id, slot_id, starts_at, ends_at, person_id)
     SELECT $1, $2, now() - interval '1 hour' - make_interval(secs => i), now() + interval '1 hour', p
     FROM unnest($3::uuid[]) WITH ORDINALITY AS s(p, i)`,
    [o, slots[0]!.id, supporters],
  );
  // Some load: every fifth supporter took a request this week.
  await q(
    `INSERT INTO peer_requests (org_id, topic, urgency, contact_method, status, claimed_by, claimed_at, routed_at)
     SELECT $1, 'something_else', 'today', 'chat', 'claimed', p, now() - interval '1 day', now()
     FROM unnest($2::uuid[]) WITH ORDINALITY AS s(p, i) WHERE i % 5 = 0`,
    [o, supporters],
  );
  await q(
    `INSERT INTO assessor_relations (org_id, trainee_id, assessor_id, kind, source)
     SELECT $1, r, ($3::uuid[])[1 + (i % $4)], 'supervisor', 'organisation'
     FROM unnest($2::uuid[]) WITH ORDINALITY AS s(r, i) WHERE i % 10 = 0`,
    [o, requesters, supporters, ROSTER],
  );
  const { rows: requests } = await q(
    `INSERT INTO peer_requests (org_id, requester_id, topic, urgency, contact_method, contact_detail,
       not_my_department, similar_stage, requester_department_id, requester_career_stage,
       step, routed_at, step_due_at, created_at)
     SELECT $1, m.person_id, (ARRAY['aggression', 'training_exams', 'adverse_event', 'code_debrief'])[1 + i % 4],
       (ARRAY['now', 'today', 'this_week'])[1 + i % 3], 'phone', '0400 000 000', i % 3 = 0, i % 2 = 0,
       m.department_id, m.career_stage, 0,
       CASE WHEN $3 THEN now() - interval '31 minutes' END, CASE WHEN $3 THEN now() - interval '1 minute' END,
       now() - make_interval(secs => ($2 - i)::float8)
     FROM generate_series(1, $2::int) i
     JOIN members m ON m.org_id = $1 AND m.person_id = ($4::uuid[])[1 + i % $5]
     RETURNING id`,
    [o, REQUESTS, routed, requesters, REQUESTERS],
  );
  if (routed) {
    await q(
      `INSERT INTO peer_request_offers (org_id, request_id, person_id, step)
       SELECT $1, r.id, ($3::uuid[])[1 + ((r.i * 3 + k) % $4)], 0
       FROM unnest($2::uuid[]) WITH ORDINALITY AS r(id, i), generate_series(0, 2) k`,
      [o, requests.map((r: { id: string }) => r.id), supporters, ROSTER],
    );
  }
  await q('ANALYZE');
  return o;
}

async function counted(client: pg.Pool, orgId: string) {
  const { rows } = await client.query(
    `SELECT (SELECT count(*)::int FROM peer_request_offers WHERE org_id = $1) AS offers,
            (SELECT count(*)::int FROM notifications WHERE org_id = $1) AS notices,
            (SELECT count(*)::int FROM pgboss.job WHERE name = 'email.send') AS mails,
            (SELECT count(*)::int FROM peer_requests WHERE org_id = $1 AND status = 'waiting' AND step_due_at > now())
              AS timed`,
    [orgId],
  );
  return rows[0] as { offers: number; notices: number; mails: number; timed: number };
}

const scenarios = [
  { label: 'step 0 timed out: to other supporters', routed: true },
  { label: 'never routed: to supporters on shift', routed: false },
];
const rows: string[][] = [];
let pass = true;
for (const [i, scenario] of scenarios.entries()) {
  const orgId = await seed(`Bench Routing ${i + 1}`, scenario.routed);
  const before = await counted(pool, orgId);
  const start = performance.now();
  const { routed } = await routeWaitingRequests(services.deps);
  const ms = performance.now() - start;
  const after = await counted(pool, orgId);
  if (routed !== REQUESTS || after.timed !== REQUESTS) throw new Error(`routed ${routed}, timed ${after.timed}`);
  if (ms > TARGET_MS) pass = false;
  rows.push([
    scenario.label,
    REQUESTS.toLocaleString('en'),
    String(ROSTER),
    routed.toLocaleString('en'),
    (after.offers - before.offers).toLocaleString('en'),
    (after.notices - before.notices).toLocaleString('en'),
    (after.mails - before.mails).toLocaleString('en'),
    ms.toFixed(0),
  ]);
}

const header = ['run', 'waiting', 'roster', 'routed', 'offers', 'notices', 'e-mails', 'ms'];
process.stdout.write(
  `\nTalk to a peer: one routing job run (real PostgreSQL, offers, notifications and e-mails in one transaction)\n` +
    `${tableLines(header, rows).join('\n')}\n`,
);
process.stdout.write(
  `${pass ? 'PASS' : 'FAIL'}: ${REQUESTS.toLocaleString('en')} waiting requests against a ${ROSTER}-person roster ` +
    `routed in one run under ${TARGET_MS / 1000} s\n`,
);

await services.stop();
await server.stop();
await fs.rm(dataDir, { recursive: true, force: true });
process.exit(pass ? 0 : 1);
