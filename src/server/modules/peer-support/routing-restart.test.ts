import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '#db/client.ts';
import { type MailCatcher, startMailCatcher } from '#server/modules/mail/index.ts';
import { createTestDatabase } from '#test/api.ts';
import { killServerProcess, startServerProcess } from '#test/server-process.ts';
import { ASK, dayFromToday } from '#test/fixtures-peer-support.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';
import { freePort } from '#test/free-port.ts';

/**
 * Issue 13, "each step is a job that survives a restart": the real server runs as a child process on this file's
 * own database and is killed (SIGKILL) while requests wait, and again while its routing job is moving them on.
 * After a restart, no request is lost and each is re-routed exactly once: one step further, one re-route, and
 * offers (and notifications) for that step once. How the server is started and killed: src/server/durability.test.ts.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let databaseUrl: string;
let database: DatabaseHandle;
let smtp: MailCatcher;
let port: number;
let server: ChildProcess | null = null;
const answerKey = randomBytes(32).toString('base64');

const startServer = () => startServerProcess({ databaseUrl, port, smtpUrl: smtp.url, answerKey });

/** A member over real HTTP: signs in, keeps the cookie, sends the CSRF token. */
async function signedIn(person: SeededPerson) {
  const base = `http://127.0.0.1:${port}`;
  const cookies = new Map<string, string>();
  const send = async (method: 'GET' | 'POST', path: string, body?: unknown, csrf?: string) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(csrf ? { 'x-csrf-token': csrf } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0]!;
      cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return response;
  };
  const { token } = (await (await send('GET', '/api/auth/csrf')).json()) as { token: string };
  const signIn = await send('POST', '/api/auth/sign-in', { email: person.email, password: PASSWORD }, token);
  expect(signIn.status).toBe(200);
  return { post: (path: string, body: unknown) => send('POST', path, body, token) };
}

const query = async (text: string, values: unknown[] = []) => (await database.pool.query(text, values)).rows;

let org: SeededOrg;
let askers: SeededPerson[];
let onShift: SeededPerson[];

beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  database = connectDatabase(databaseUrl, { max: 4 });
  smtp = await startMailCatcher(async () => undefined);
  port = await freePort();
  const db = database.db;
  org = await seedOrganisation(db, 'Restart Hospital');
  await query('INSERT INTO peer_support_programs (org_id, supporters_per_step) VALUES ($1, 2)', [org.orgId]);
  // Two supporters on shift now (step 0), four more available off shift (step 1: two per request).
  const { rows: slot } = await database.pool.query(
    `INSERT INTO roster_slots (org_id, weekday, start_time, end_time) VALUES ($1, 0, '00:00', '23:59') RETURNING id`,
    [org.orgId],
  );
  onShift = [];
  for (let i = 0; i < 6; i++) {
    const s = await addPerson(db, org, {
      key: `sup-${i}`,
      careerStage: 'registrar',
      roles: ['member', 'peer_supporter'],
    });
    await query(
      `INSERT INTO supporter_training (org_id, person_id, title, completed_on, expires_on)
       VALUES ($1, $2, 'Peer responder training', $3, $4)`,
      [org.orgId, s.id, dayFromToday(-100), dayFromToday(300)],
    );
    if (i < 2) onShift.push(s);
    if (i < 2)
      await query(
        `INSERT INTO on_call_shifts (org_id, slot_id, starts_at, ends_at, person_id)
         VALUES ($1, $2, now() - interval '1 hour' - make_interval(secs => $4), now() + interval '3 hours', $3)`,
        [org.orgId, slot[0].id, s.id, i],
      );
  }
  askers = [];
  for (let i = 0; i < 5; i++) askers.push(await addPerson(db, org, { key: `asker-${i}`, careerStage: 'pgy1' }));
});

afterAll(async () => {
  if (server && server.exitCode === null && server.signalCode === null) await killServerProcess(server);
  await database?.close();
  await smtp?.stop();
});

/** Per request of the organisation: its state, and how many offers and offer notifications each step made. */
async function requestsNow() {
  return query(
    `SELECT r.id, r.status, r.step, r.reroutes,
            count(o.*) FILTER (WHERE o.step = 0)::int AS offers0,
            count(o.*) FILTER (WHERE o.step = 1)::int AS offers1,
            count(DISTINCT o.person_id)::int AS people,
            (SELECT count(*)::int FROM notifications n
             WHERE n.org_id = r.org_id AND n.link = '/o/' || r.org_id || '/peer-support/requests/' || r.id) AS notices
     FROM peer_requests r LEFT JOIN peer_request_offers o ON o.request_id = r.id
     WHERE r.org_id = $1 AND r.requester_id IS NOT NULL
     GROUP BY r.id`,
    [org.orgId],
  );
}

describe('routing across a restart', () => {
  it(
    'loses no waiting request and re-routes each exactly once when the server is killed',
    { timeout: 300_000 },
    async () => {
      server = await startServer();
      const asked: string[] = [];
      for (const [i, asker] of askers.entries()) {
        const client = await signedIn(asker);
        for (let k = 0; k < 4; k++) {
          const response = await client.post(`/api/orgs/${org.orgId}/talk/requests`, { ...ASK, urgency: 'today' });
          expect(response.status).toBe(201);
          asked.push(((await response.json()) as { id: string }).id);
        }
        expect(asked).toHaveLength((i + 1) * 4);
      }
      // Acknowledged means routed: each is at step 0, offered to the two on shift.
      for (const r of await requestsNow())
        expect(r).toMatchObject({ status: 'waiting', step: 0, offers0: 2, offers1: 0 });

      // The server dies while they wait.
      await killServerProcess(server);
      // Many more wait, routed at step 0 before the crash, so that the job has real work to be killed in.
      await query(
        `WITH made AS (
         INSERT INTO peer_requests (org_id, requester_id, topic, urgency, contact_method, contact_detail,
                                    requester_department_id, requester_career_stage, step, routed_at, step_due_at)
         SELECT $1, ($2::uuid[])[1 + i % 5], 'adverse_event', 'today', 'phone', '0400 000 000', $3, 'pgy1', 0,
                now() - interval '40 minutes', now() + interval '1 hour'
         FROM generate_series(1, 1500) i
         RETURNING id
       )
       INSERT INTO peer_request_offers (org_id, request_id, person_id, step)
       SELECT $1, made.id, on_shift.id, 0 FROM made, unnest($4::uuid[]) AS on_shift(id)`,
        [org.orgId, askers.map((a) => a.id), org.departmentId, onShift.map((p) => p.id)],
      );
      const all = (await requestsNow()).map((r) => r.id as string);
      expect(all).toHaveLength(1520);
      // Nobody claimed any of them in time.
      await query(`UPDATE peer_requests SET step_due_at = now() - interval '1 minute' WHERE org_id = $1`, [org.orgId]);

      // The restarted server catches up at once; it is killed again as soon as its job has moved some of them.
      server = await startServer();
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(10)) {
        const [moved] = await query(`SELECT count(*)::int AS n FROM peer_requests WHERE org_id = $1 AND step = 1`, [
          org.orgId,
        ]);
        if (moved!.n > 0) break;
      }
      await killServerProcess(server);
      const [between] = await query(`SELECT count(*)::int AS n FROM peer_requests WHERE org_id = $1 AND step = 1`, [
        org.orgId,
      ]);
      expect(between!.n).toBeGreaterThan(0);

      // Started once more, it routes what is left; then nothing is left to route.
      server = await startServer();
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(100)) {
        const [left] = await query(`SELECT count(*)::int AS n FROM peer_requests WHERE org_id = $1 AND step = 0`, [
          org.orgId,
        ]);
        if (left!.n === 0) break;
      }
      // Another pass of the job (a second instance, or the next tick) finds nothing due.
      await sleep(1500);
      const after = await requestsNow();
      expect(after.map((r) => r.id).sort()).toEqual([...all].sort());
      for (const r of after)
        expect(r, r.id as string).toMatchObject({
          status: 'waiting',
          step: 1,
          reroutes: 1,
          offers0: 2,
          offers1: 2,
          people: 4,
        });
      // Notifications: two at step 0 for the twenty asked over HTTP (the others were written without), two at step 1.
      for (const r of after) expect(r.notices).toBe(asked.includes(r.id as string) ? 4 : 2);
      await killServerProcess(server);
    },
  );
});
