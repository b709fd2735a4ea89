import fs from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { connectDatabase } from '#db/client.ts';
import { startEmbeddedPostgres } from '#db/embedded.ts';
import { applyMigrations } from '#db/migrate.ts';
import { buildApp } from '#server/app.ts';
import { readConfig } from '#server/config.ts';
import { startServices } from '#server/start-services.ts';
import { TestClient } from '#test/client.ts';
import { PASSWORD, seedOrganisation } from '#test/fixtures.ts';
import { tableLines } from './table.ts';

/** `npm run bench:import`: preview and commit of a people CSV at several sizes on a real PostgreSQL. Target: 5,000 rows well under 10 s. */
const SIZES = [500, 5_000, 20_000];
const TARGET_MS = 10_000;

const dataDir = path.resolve('.tmp', `bench-import-${process.pid}`);
const server = await startEmbeddedPostgres({ dataDir, port: 54371, durable: true });
const url = server.url('kindred');
await applyMigrations(url);
const config = readConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  APP_URL: 'http://bench.test',
  DATA_DIR: dataDir,
} as NodeJS.ProcessEnv);
const services = await startServices(config, url, () => undefined);
const app = await buildApp({ deps: services.deps, cookieSecret: services.cookieSecret });
const setup = connectDatabase(url, { max: 2 });

const rows: string[][] = [];
let pass = true;
for (const size of SIZES) {
  const org = await seedOrganisation(setup.db, `Bench Hospital ${size}`);
  const client = new TestClient(app);
  await client.signIn(org.admin.email, PASSWORD);
  const lines = ['email,name,roles,site,department,cohort,supervised_by'];
  // One person in five names the one before as their supervisor (the no-assessor rule's column).
  const supervisor = (i: number) => (i % 5 === 1 ? `person${i - 1}@bench${size}.test` : '');
  for (let i = 0; i < size; i++)
    lines.push(
      `person${i}@bench${size}.test,Person ${i},member${i % 10 === 0 ? ';peer_supporter' : ''},${org.name} Hospital,Emergency Medicine,PGY1 2027,${supervisor(i)}`,
    );
  const csv = lines.join('\n');
  const timed = async (url: string) => {
    const start = performance.now();
    const res = await client.post(url, { csv, sendInvitations: false });
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return performance.now() - start;
  };
  const base = `/api/orgs/${org.orgId}/imports/people`;
  const preview = await timed(`${base}/preview`);
  const commit = await timed(`${base}/commit`);
  const rerun = await timed(`${base}/commit`);
  if (size === 5_000 && commit > TARGET_MS) pass = false;
  rows.push([
    size.toLocaleString('en'),
    preview.toFixed(0),
    commit.toFixed(0),
    rerun.toFixed(0),
    (size / (commit / 1000)).toFixed(0),
  ]);
}

const header = ['rows', 'preview ms', 'commit ms', 're-run ms', 'rows/s'];
process.stdout.write(
  `\nPeople CSV import (HTTP, one transaction, real PostgreSQL)\n${tableLines(header, rows, 0).join('\n')}\n`,
);
process.stdout.write(`${pass ? 'PASS' : 'FAIL'}: 5,000 rows commit under ${TARGET_MS / 1000} s\n`);

await app.close();
await services.stop();
await setup.close();
await server.stop();
await fs.rm(dataDir, { recursive: true, force: true });
process.exit(pass ? 0 : 1);
