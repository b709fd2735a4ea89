import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { startEmbeddedPostgres } from '#db/embedded.ts';
import { applyMigrations } from '#db/migrate.ts';
import { DEMO_PASSWORD, seedDemo } from '#db/seed/demo.ts';
import { buildApp } from '#server/app.ts';
import { readConfig } from '#server/config.ts';
import { startServices } from '#server/start-services.ts';
import { tableLines } from './table.ts';

/**
 * `npm run bench:web` (DESIGN.md section 7, Web): the JavaScript the first page needs, gzipped, and how
 * long each page takes from navigation until a person can use it, on the built app served by the real
 * server over localhost, in Debian's Chromium with a cold cache each time.
 */
const RUNS = 7;
const JS_BUDGET_KB = 200;
const USABLE_BUDGET_MS = 1000;
const PORT = 3390;
const BASE = `http://127.0.0.1:${PORT}`;
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Measure {
  page: string;
  /** Opens the page in a fresh, signed-in (or not) context and resolves once it is usable. */
  open: (page: Page) => Promise<void>;
  signedIn: boolean;
}

const MEASURES: Measure[] = [
  {
    page: 'sign-in (first page)',
    signedIn: false,
    open: async (page) => {
      await page.goto(`${BASE}/sign-in`);
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
    },
  },
  {
    page: 'home, signed in',
    signedIn: true,
    open: async (page) => {
      await page.goto(`${BASE}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
    },
  },
  {
    page: 'mentoring',
    signedIn: true,
    open: async (page) => {
      await page.goto(`${BASE}/o/${orgId}/mentoring`);
      await page.getByRole('heading', { name: 'My mentoring' }).waitFor();
    },
  },
  {
    page: 'peer groups',
    signedIn: true,
    open: async (page) => {
      await page.goto(`${BASE}/o/${orgId}/groups`);
      await page.getByRole('heading', { name: 'My groups' }).waitFor();
    },
  },
];

const dataDir = path.resolve('.tmp', `bench-web-${process.pid}`);
const postgres = await startEmbeddedPostgres({ dataDir, port: 54373, durable: false });
const url = postgres.url('kindred');
await applyMigrations(url);
const config = readConfig({
  NODE_ENV: 'production',
  LOG_LEVEL: 'silent',
  APP_URL: BASE,
  PORT: String(PORT),
  DATA_DIR: dataDir,
} as NodeJS.ProcessEnv);
const services = await startServices(config, url, () => undefined);
await seedDemo(services.deps.db);
const app = await buildApp({ deps: services.deps, cookieSecret: services.cookieSecret });
await app.listen({ port: PORT, host: '127.0.0.1' });

const browser: Browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const storage = await signedInState();
const orgId = await firstOrgId();

async function signedInState() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel('E-mail').fill('member@riverside.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/o\//);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function firstOrgId() {
  const context = await browser.newContext({ storageState: storage });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await page.waitForURL(/\/o\/[0-9a-f-]{36}/);
  const id = /\/o\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await context.close();
  return id;
}

/** One cold visit: a new context (empty cache), timed from navigation until usable; the scripts it fetched, gzipped. */
async function visit(measure: Measure) {
  const context = await browser.newContext(measure.signedIn ? { storageState: storage } : {});
  const page = await context.newPage();
  const scripts: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body());
  });
  const start = performance.now();
  await measure.open(page);
  const usableMs = performance.now() - start;
  const jsKb = (await Promise.all(scripts)).reduce((total, body) => total + gzipSync(body).length, 0) / 1024;
  await context.close();
  return { usableMs, jsKb };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const rows: string[][] = [];
const results = new Map<string, { usable: number; worst: number; jsKb: number }>();
for (const measure of MEASURES) {
  await visit(measure); // warm the server, not the browser: every timed visit has a cold cache
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await visit(measure));
  const usable = median(runs.map((r) => r.usableMs));
  const worst = Math.max(...runs.map((r) => r.usableMs));
  const jsKb = median(runs.map((r) => r.jsKb));
  results.set(measure.page, { usable, worst, jsKb });
  rows.push([measure.page, usable.toFixed(0), worst.toFixed(0), jsKb.toFixed(1)]);
}

const header = ['page', 'usable ms (median)', `worst of ${RUNS}`, 'JS KB gzipped'];
const first = results.get(MEASURES[0]!.page)!;
const checks = [
  {
    pass: first.jsKb <= JS_BUDGET_KB,
    text: `initial JavaScript at most ${JS_BUDGET_KB} KB gzipped (${first.jsKb.toFixed(1)} KB)`,
  },
  {
    pass: first.usable < USABLE_BUDGET_MS,
    text: `first page usable within ${USABLE_BUDGET_MS / 1000} s on localhost (median ${first.usable.toFixed(0)} ms)`,
  },
];
process.stdout.write(
  [
    '',
    'Web pages (built app, real server on 127.0.0.1, Chromium, cold cache each visit)',
    ...tableLines(header, rows),
    '',
    `machine: ${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}`,
    ...checks.map((c) => `${c.pass ? 'PASS' : 'FAIL'}  ${c.text}`),
    '',
  ].join('\n'),
);

await browser.close();
await app.close();
await services.stop();
await postgres.stop();
await fs.rm(dataDir, { recursive: true, force: true });
process.exit(checks.every((c) => c.pass) ? 0 : 1);
