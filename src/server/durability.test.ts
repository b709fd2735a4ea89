import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '#db/client.ts';
import { sealerFor } from '#db/seal.ts';
import { groupMemberships, groupSessions, mentoringPairs, pairMeetings, sessionRsvps } from '#db/schema/index.ts';
import { type CaughtMessage, type MailCatcher, startMailCatcher } from '#server/modules/mail/index.ts';
import { createTestDatabase } from '#test/api.ts';
import { killServerProcess, startServerProcess } from '#test/server-process.ts';
import { addPerson, PASSWORD, seedOrganisation, type SeededOrg, type SeededPerson } from '#test/fixtures.ts';
import { seedGroups, type SeededGroups } from '#test/fixtures-groups.ts';
import { seedMentoring, seedPublishedProgram } from '#test/fixtures-mentoring.ts';
import { freePort } from '#test/free-port.ts';

/**
 * DESIGN.md section 8: killing the server (SIGKILL) in the middle of writes loses no acknowledged
 * write. The real server runs as a child process on this file's own database. People save profiles,
 * RSVP, answer a survey, write private notes and send invitations over HTTP; the server is killed
 * mid-stream and started again. Every write answered 2xx is there, a write whose answer never came
 * is there whole or not at all, and every invitation e-mail is queued with its invitation and sent
 * at most once. A second run kills the server while it delivers meeting reminders and takes
 * coordinators' nudges: after the restart every reminder and nudge has gone out, none twice.
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A browser over real HTTP: keeps cookies, sends the CSRF token on writes. */
class HttpClient {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;

  constructor(private readonly base: string) {}

  async send(method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown): Promise<Response> {
    if (method !== 'GET' && !this.csrf)
      this.csrf = ((await (await this.send('GET', '/api/auth/csrf')).json()) as { token: string }).token;
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    };
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (method !== 'GET') headers['x-csrf-token'] = this.csrf!;
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0]!;
      this.cookies.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    return response;
  }

  async json<T>(path: string): Promise<T> {
    const response = await this.send('GET', path);
    if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}

let databaseUrl: string;
/** One key across restarts, as an installation keeps its key file: held answers stay readable. */
const answerKey = randomBytes(32).toString('base64');
let database: DatabaseHandle;
let smtp: MailCatcher;
const mail: CaughtMessage[] = [];
/** How long the SMTP server takes over each message, so a kill can land in the middle of delivery. */
let smtpDelayMs = 0;
let port: number;
let server: ChildProcess | null = null;

const startServer = () =>
  startServerProcess({ databaseUrl, port, smtpUrl: smtp.url, answerKey, startWithinMs: 20_000 });

let org: SeededOrg;
let groupMembers: SeededPerson[];
let groups: SeededGroups;
let pastSessionId: string;
let pairId: string;

beforeAll(async () => {
  databaseUrl = await createTestDatabase();
  database = connectDatabase(databaseUrl, { max: 4 });
  smtp = await startMailCatcher(async (message) => {
    if (smtpDelayMs) await sleep(smtpDelayMs);
    mail.push(message);
  });
  port = await freePort();
  const db = database.db;
  org = await seedOrganisation(db, 'Durable Hospital');
  pairId = (await seedMentoring(db, org)).pairId;
  groups = await seedGroups(db, org);
  groupMembers = [];
  for (let i = 1; i <= 6; i++)
    groupMembers.push(await addPerson(db, org, { key: `group-member-${i}`, careerStage: 'pgy1' }));
  // A session that ended an hour ago, which all six attended, so each has a survey to answer.
  const [past] = await db
    .insert(groupSessions)
    .values({
      orgId: org.orgId,
      groupId: groups.groupId,
      series: 0,
      number: 1,
      startsAt: new Date(Date.now() - 2 * 3_600_000),
      durationMinutes: 45,
      locationKind: 'video',
      locationDetail: 'https://meet.example/seeded',
    })
    .returning();
  pastSessionId = past!.id;
  await db.insert(groupMemberships).values(
    groupMembers.map((p) => ({
      orgId: org.orgId,
      groupId: groups.groupId,
      personId: p.id,
      status: 'member' as const,
      joinedAt: new Date(),
    })),
  );
  await db
    .insert(sessionRsvps)
    .values(groupMembers.map((p) => ({ orgId: org.orgId, sessionId: pastSessionId, personId: p.id, attended: true })));
});

afterAll(async () => {
  if (server && server.exitCode === null) await killServerProcess(server);
  await database?.close();
  await smtp?.stop();
});

interface Write {
  kind: 'profile' | 'rsvp' | 'survey' | 'note' | 'invitation';
  who: string;
  value: string;
  /** acked: answered 2xx; unknown: no answer came (the server died first); otherwise the refusal. */
  outcome: 'pending' | 'acked' | 'unknown' | string;
}

const profile = (about: string) => ({
  careerStage: null,
  siteId: null,
  departmentId: null,
  interests: [],
  languages: [],
  availability: [],
  shiftPattern: null,
  canOffer: [],
  wantsHelpWith: [],
  about,
});

/**
 * For a value each write replaces (a profile, an RSVP): what is stored after the restart is the last
 * acknowledged write, or the one write after it whose answer never came.
 */
function expectLatest(writes: Write[], stored: string | null, before: string | null) {
  const lastAcked = writes.map((w) => w.outcome).lastIndexOf('acked');
  const allowed = [
    lastAcked >= 0 ? writes[lastAcked]!.value : before,
    ...writes
      .slice(lastAcked + 1)
      .filter((w) => w.outcome === 'unknown')
      .map((w) => w.value),
  ];
  expect(allowed, `${writes[0]?.kind} of ${writes[0]?.who}`).toContain(stored);
}

describe('durability', () => {
  it('loses no acknowledged write when the server is killed mid-stream', async () => {
    server = await startServer();
    const base = `http://127.0.0.1:${port}`;
    const signedIn = async (person: SeededPerson) => {
      const client = new HttpClient(base);
      const response = await client.send('POST', '/api/auth/sign-in', { email: person.email, password: PASSWORD });
      expect(response.status, person.email).toBe(200);
      return client;
    };
    const admin = await signedIn(org.admin);
    const mentee = await signedIn(org.member);
    const members = await Promise.all(groupMembers.map(signedIn));
    const pair: [HttpClient, SeededPerson][] = [
      [admin, org.admin],
      [mentee, org.member],
    ];
    const o = `/api/orgs/${org.orgId}`;

    const writes: Write[] = [];
    let stopped = false;
    /** One person's stream of writes, one at a time, until the server stops answering. */
    const stream = async (
      who: string,
      next: (i: number) => { kind: Write['kind']; value: string; send: () => Promise<Response> },
    ) => {
      for (let i = 0; !stopped; i++) {
        const step = next(i);
        const write: Write = { kind: step.kind, who, value: step.value, outcome: 'pending' };
        writes.push(write);
        try {
          const response = await step.send();
          await response.arrayBuffer();
          write.outcome = response.ok ? 'acked' : `refused ${response.status}`;
        } catch {
          write.outcome = 'unknown';
          return;
        }
      }
    };
    const streams = [
      ...members.map((client, m) =>
        stream(groupMembers[m]!.email, (i) => {
          if (i === 0) {
            const value = `survey answer of member ${m}`;
            return {
              kind: 'survey',
              value,
              send: () =>
                client.send('POST', `${o}/groups/${groups.groupId}/sessions/${pastSessionId}/survey`, {
                  helpful: 4,
                  lessAlone: 5,
                  ableToCope: 3,
                  change: value,
                }),
            };
          }
          if (i % 2 === 1) {
            const value = `profile ${i} of member ${m}`;
            return { kind: 'profile', value, send: () => client.send('PUT', `${o}/me/profile`, profile(value)) };
          }
          const value = i % 4 === 0 ? 'yes' : 'no';
          return {
            kind: 'rsvp',
            value,
            send: () =>
              client.send('PUT', `${o}/groups/${groups.groupId}/sessions/${groups.sessionId}/rsvp`, {
                response: value,
              }),
          };
        }),
      ),
      ...pair.map(([client, person]) =>
        stream(`${person.email} notes`, (i) => {
          const value = `note ${i} of ${person.name}`;
          return {
            kind: 'note',
            value,
            send: () => client.send('POST', `${o}/mentoring/pairs/${pairId}/notes`, { body: value }),
          };
        }),
      ),
      stream(`${org.admin.email} invitations`, (i) => {
        const value = `invitee-${i}@durable.test`;
        return {
          kind: 'invitation',
          value,
          send: () => admin.send('POST', `${o}/invitations`, { email: value, name: `Invitee ${i}` }),
        };
      }),
    ];

    const acked = () => writes.filter((w) => w.outcome === 'acked').length;
    for (const deadline = Date.now() + 15_000; acked() < 120 && Date.now() < deadline;) await sleep(5);
    await killServerProcess(server);
    stopped = true;
    await Promise.all(streams);
    expect(writes.filter((w) => w.outcome !== 'acked' && w.outcome !== 'unknown')).toEqual([]);
    expect(acked()).toBeGreaterThanOrEqual(120);
    expect(
      writes.filter((w) => w.outcome === 'unknown').length,
      'writes were still being sent when the server died',
    ).toBeGreaterThan(0);

    server = await startServer();
    const of = (kind: Write['kind'], who?: string) =>
      writes.filter((w) => w.kind === kind && (who === undefined || w.who === who));
    const ackedValues = (list: Write[]) => list.filter((w) => w.outcome === 'acked').map((w) => w.value);

    for (const [m, client] of members.entries()) {
      const who = groupMembers[m]!.email;
      expectLatest(of('profile', who), (await client.json<{ about: string }>(`${o}/me/profile`)).about, '');
      const group = await client.json<{ sessions: { id: string; myRsvp: string | null }[] }>(
        `${o}/groups/${groups.groupId}`,
      );
      expectLatest(of('rsvp', who), group.sessions.find((s) => s.id === groups.sessionId)?.myRsvp ?? null, null);
    }

    // Survey answers are anonymous: "has answered" and the held or released answers are counted, never paired.
    const { rows: answered } = await database.pool.query<{ person_id: string }>(
      'SELECT person_id FROM survey_submissions WHERE session_id = $1',
      [pastSessionId],
    );
    // Held answers are sealed: the test holds the installation's key, so it opens them to check them too.
    const sealer = sealerFor(Buffer.from(answerKey, 'base64'));
    const { rows: stored } = await database.pool.query<{ change: string | null; sealed: string | null }>(
      'SELECT change, sealed FROM survey_answer_pool WHERE group_id = $1 UNION ALL SELECT change, NULL FROM survey_answers WHERE group_id = $1',
      [groups.groupId],
    );
    const answers = stored.map((r) =>
      r.sealed ? (JSON.parse(sealer.open(r.sealed)!) as { change: string }).change : r.change,
    );
    const surveyWriters = of('survey')
      .filter((w) => w.outcome === 'acked')
      .map((w) => groupMembers.find((p) => p.email === w.who)!.id);
    expect(answered.map((r) => r.person_id)).toEqual(expect.arrayContaining(surveyWriters));
    expect(answers).toEqual(expect.arrayContaining(ackedValues(of('survey'))));
    expect(answers.length).toBe(answered.length);

    for (const [client, person] of pair) {
      const notes = await client.json<{ notes: { body: string }[] }>(`${o}/mentoring/pairs/${pairId}/notes`);
      expect(notes.notes.map((n) => n.body)).toEqual(
        expect.arrayContaining(ackedValues(of('note', `${person.email} notes`))),
      );
    }

    const people = await admin.json<{ people: { email: string }[] }>(`${o}/people?q=invitee&pageSize=200`);
    const invited = people.people.map((p) => p.email);
    expect(invited).toEqual(expect.arrayContaining(ackedValues(of('invitation'))));

    // The restarted server delivers what was queued; a job the killed server held stays active until pg-boss expires it.
    const jobs = async () =>
      (
        await database.pool.query<{ to: string; state: string }>(
          `SELECT data->>'to' AS to, state FROM pgboss.job WHERE name = 'email.send' AND data->>'to' LIKE 'invitee-%'`,
        )
      ).rows;
    for (
      const deadline = Date.now() + 15_000;
      (await jobs()).some((j) => j.state === 'created' || j.state === 'retry') && Date.now() < deadline;
    )
      await sleep(100);
    const queued = await jobs();
    // An invitation and its e-mail are one transaction: one job for each invited person, none without one.
    expect(queued.map((j) => j.to).sort()).toEqual([...invited].sort());
    for (const job of queued) {
      const received = mail.filter((m) => m.to.includes(job.to)).length;
      if (job.state === 'completed') expect(received, job.to).toBe(1);
      else expect([job.state, received], job.to).toEqual(['active', expect.any(Number)]);
      expect(received, job.to).toBeLessThanOrEqual(1);
    }
  });

  it('sends every due meeting reminder and every nudge once when the server is killed while sending', async () => {
    if (server && server.exitCode === null) await killServerProcess(server);
    const db = database.db;
    const reminderOrg = await seedOrganisation(db, 'Reminder Hospital');
    const programId = await seedPublishedProgram(db, reminderOrg, { endsInDays: 120 });
    const dueOn = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    const pairs: { id: string; mentor: SeededPerson; mentee: SeededPerson }[] = [];
    for (let i = 0; i < 60; i++) {
      const mentor = await addPerson(db, reminderOrg, { key: `reminded-mentor-${i}`, careerStage: 'pgy2' });
      const mentee = await addPerson(db, reminderOrg, { key: `reminded-mentee-${i}`, careerStage: 'pgy1' });
      const [row] = await db
        .insert(mentoringPairs)
        .values({ orgId: reminderOrg.orgId, programId, mentorId: mentor.id, menteeId: mentee.id, score: 1 })
        .returning();
      pairs.push({ id: row!.id, mentor, mentee });
    }
    await db
      .insert(pairMeetings)
      .values(pairs.map((p) => ({ orgId: reminderOrg.orgId, pairId: p.id, label: 'After term 2', dueOn })));
    const people = pairs.flatMap((p) => [p.mentor, p.mentee]);
    const received = (subject: RegExp, to: string) =>
      mail.filter((m) => subject.test(m.subject) && m.to.includes(to)).length;
    const REMINDER = /^Mentoring: "After term 2"/;
    const NUDGE = /^Time to catch up with/;

    // Starting catches up on due reminders at once; each message takes the SMTP server 20 ms.
    smtpDelayMs = 20;
    server = await startServer();
    const base = `http://127.0.0.1:${port}`;
    const coordinator = new HttpClient(base);
    expect(
      (await coordinator.send('POST', '/api/auth/sign-in', { email: reminderOrg.admin.email, password: PASSWORD }))
        .status,
    ).toBe(200);
    const nudges: { pairId: string; outcome: 'acked' | 'unknown' | string }[] = [];
    let stopped = false;
    const nudging = (async () => {
      for (const pair of pairs) {
        if (stopped) return;
        const nudge: (typeof nudges)[number] = { pairId: pair.id, outcome: 'unknown' };
        nudges.push(nudge);
        try {
          const response = await coordinator.send(
            'POST',
            `/api/orgs/${reminderOrg.orgId}/mentoring/programs/${programId}/pairs/${pair.id}/nudge`,
          );
          await response.arrayBuffer();
          nudge.outcome = response.ok ? 'acked' : `refused ${response.status}`;
        } catch {
          return;
        }
      }
    })();
    const deliveredReminders = () => people.filter((p) => received(REMINDER, p.email) > 0).length;
    for (const deadline = Date.now() + 20_000; deliveredReminders() < 30 && Date.now() < deadline;) await sleep(5);
    await killServerProcess(server);
    stopped = true;
    await nudging;
    expect(deliveredReminders(), 'reminders delivered before the kill').toBeGreaterThanOrEqual(30);
    expect(deliveredReminders(), 'the kill came after every reminder was out').toBeLessThan(people.length);
    expect(nudges.filter((n) => n.outcome !== 'acked' && n.outcome !== 'unknown')).toEqual([]);
    expect(nudges.filter((n) => n.outcome === 'acked').length).toBeGreaterThan(0);

    smtpDelayMs = 0;
    server = await startServer();
    const jobs = async (subject: RegExp) =>
      (
        await database.pool.query<{ to: string; subject: string; state: string }>(
          `SELECT data->>'to' AS to, data->>'subject' AS subject, state FROM pgboss.job WHERE name = 'email.send' AND data->>'to' LIKE 'reminded-%'`,
        )
      ).rows.filter((j) => subject.test(j.subject));
    for (
      const deadline = Date.now() + 20_000;
      (await jobs(/./)).some((j) => j.state === 'created' || j.state === 'retry') && Date.now() < deadline;
    )
      await sleep(100);

    // Every meeting is marked reminded, with exactly one reminder queued for each side of its pair.
    const { rows: unmarked } = await database.pool.query(
      'SELECT id FROM pair_meetings WHERE org_id = $1 AND reminder_sent_at IS NULL',
      [reminderOrg.orgId],
    );
    expect(unmarked).toEqual([]);
    const reminderJobs = await jobs(REMINDER);
    expect(reminderJobs.map((j) => j.to).sort()).toEqual(people.map((p) => p.email).sort());

    // A pair is marked nudged exactly when its two nudge e-mails are queued; every acknowledged nudge is marked.
    const { rows: nudged } = await database.pool.query<{ id: string }>(
      'SELECT id FROM mentoring_pairs WHERE org_id = $1 AND nudged_at IS NOT NULL',
      [reminderOrg.orgId],
    );
    const nudgedPairs = pairs.filter((p) => nudged.some((r) => r.id === p.id));
    expect(nudgedPairs.map((p) => p.id)).toEqual(
      expect.arrayContaining(nudges.filter((n) => n.outcome === 'acked').map((n) => n.pairId)),
    );
    expect((await jobs(NUDGE)).map((j) => j.to).sort()).toEqual(
      nudgedPairs.flatMap((p) => [p.mentor.email, p.mentee.email]).sort(),
    );

    // Delivered once each; a job the killed server held stays active until pg-boss expires it, and is not yet sent again.
    for (const job of [...reminderJobs, ...(await jobs(NUDGE))]) {
      const count = received(REMINDER.test(job.subject) ? REMINDER : NUDGE, job.to);
      if (job.state === 'completed') expect(count, `${job.subject} to ${job.to}`).toBe(1);
      else expect([job.state, count], `${job.subject} to ${job.to}`).toEqual(['active', expect.any(Number)]);
      expect(count, `${job.subject} to ${job.to}`).toBeLessThanOrEqual(1);
    }
  });
});
