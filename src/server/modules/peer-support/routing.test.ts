import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  ASK,
  dayFromToday,
  givenDepartment,
  givenPeerWorld,
  givenPerson,
  givenShift,
  givenSupporter,
  type PeerWorld,
} from '#test/fixtures-peer-support.ts';
import { givenAssessorRelation, type SeededPerson } from '#test/fixtures.ts';
import { inTransaction } from '#db/transaction.ts';
import { routableRequest } from './routing-repo.ts';
import { routeRequests, routeWaitingRequests } from './routing.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Who the request was offered to, by step: `{ 0: ['Sup Sam'], 1: [...] }`. */
async function offersByStep(w: PeerWorld, requestId: string): Promise<Record<number, string[]>> {
  const rows = await w.query(
    `SELECT o.step, p.name FROM peer_request_offers o JOIN persons p ON p.id = o.person_id
     WHERE o.request_id = $1 ORDER BY o.step, p.name`,
    [requestId],
  );
  const steps: Record<number, string[]> = {};
  for (const r of rows) (steps[r.step as number] ??= []).push(r.name as string);
  return steps;
}

async function stateOf(w: PeerWorld, requestId: string) {
  const [row] = await w.query(
    'SELECT status, step, reroutes, step_due_at IS NOT NULL AS timed FROM peer_requests WHERE id = $1',
    [requestId],
  );
  return row!;
}

/** Time passes: the request's current step is out of time. */
const timeOut = (w: PeerWorld, requestId: string) =>
  w.query(`UPDATE peer_requests SET step_due_at = now() - interval '1 minute' WHERE id = $1`, [requestId]);

/** `n` requests this supporter took in the last week. */
async function givenLoad(w: PeerWorld, supporter: SeededPerson, n: number) {
  for (let i = 0; i < n; i++)
    await w.query(
      `INSERT INTO peer_requests (org_id, topic, urgency, contact_method, status, claimed_by, claimed_at, routed_at)
       VALUES ($1, 'something_else', 'today', 'chat', 'claimed', $2, now() - interval '2 days', now())`,
      [w.org.orgId, supporter.id],
    );
}

async function ask(w: PeerWorld, asker: SeededPerson, body: Record<string, unknown> = {}) {
  const response = await (await w.as(asker)).post(`${w.api}/talk/requests`, { ...ASK, ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe('routing a request', () => {
  it('goes to the supporters on shift, then others, then the backup, then the lead, then waits: never dropped', async () => {
    const w = await givenPeerWorld(t, { supportersPerStep: 2 }, 'Routing Hospital');
    await givenSupporter(w, 'sup-ann');
    await givenSupporter(w, 'sup-ben');
    await givenSupporter(w, 'sup-cal', { onShift: false });
    // Ended an hour ago, and one starting in an hour: neither is a shift now.
    const dee = await givenSupporter(w, 'sup-dee', { onShift: false });
    await givenShift(w, dee.id, {
      startsAt: new Date(Date.now() - 3 * 3_600_000),
      endsAt: new Date(Date.now() - 3_600_000),
    });
    await givenShift(w, dee.id, { startsAt: new Date(Date.now() + 3_600_000) });
    const backup = await givenPerson(w, 'bac-kup', { roles: ['member', 'wellbeing_lead'] });
    await w.query('UPDATE peer_support_programs SET backup_person_id = $2, lead_person_id = $3 WHERE org_id = $1', [
      w.org.orgId,
      backup.id,
      w.org.coordinator.id,
    ]);
    const asker = await givenPerson(w, 'ash-asker');
    const requester = await w.as(asker);
    const id = await ask(w, asker);
    expect(await offersByStep(w, id)).toEqual({ 0: ['Sup Ann', 'Sup Ben'] });
    expect(await stateOf(w, id)).toMatchObject({ status: 'waiting', step: 0, reroutes: 0, timed: true });

    // Not yet due: the job leaves it be.
    await routeWaitingRequests(t.deps);
    expect(await stateOf(w, id)).toMatchObject({ step: 0, reroutes: 0 });

    await timeOut(w, id);
    await routeWaitingRequests(t.deps);
    expect(await offersByStep(w, id)).toEqual({ 0: ['Sup Ann', 'Sup Ben'], 1: ['Sup Cal', 'Sup Dee'] });
    expect(await stateOf(w, id)).toMatchObject({ step: 1, reroutes: 1, timed: true });
    expect((await requester.get(`${w.api}/talk/requests/${id}`)).json().stage).toBe('finding');

    await timeOut(w, id);
    await routeWaitingRequests(t.deps);
    expect((await offersByStep(w, id))[2]).toEqual(['Bac Kup']);
    expect(await stateOf(w, id)).toMatchObject({ step: 2, reroutes: 2 });

    await timeOut(w, id);
    await routeWaitingRequests(t.deps);
    expect((await offersByStep(w, id))[3]).toEqual([w.org.coordinator.name]);
    expect(await stateOf(w, id)).toMatchObject({ step: 3, reroutes: 3 });

    await timeOut(w, id);
    await routeWaitingRequests(t.deps);
    expect(await stateOf(w, id)).toMatchObject({ status: 'waiting', step: 4, reroutes: 4, timed: false });
    expect((await requester.get(`${w.api}/talk/requests/${id}`)).json().stage).toBe('nobody_free');
    const told = await w.query('SELECT title, link FROM notifications WHERE person_id = $1', [asker.id]);
    expect(told).toEqual([{ title: 'No one is free right now', link: `/o/${w.org.orgId}/talk/requests/${id}` }]);
    // Everyone offered earlier still holds an offer; the job never touches it again.
    expect(Object.values(await offersByStep(w, id)).flat()).toHaveLength(6);
    await routeWaitingRequests(t.deps);
    expect(await stateOf(w, id)).toMatchObject({ status: 'waiting', step: 4, reroutes: 4 });
    expect(Object.values(await offersByStep(w, id)).flat()).toHaveLength(6);
  });

  it('skips a step with nobody in it at once: no one on shift goes straight to the others', async () => {
    const w = await givenPeerWorld(t, {}, 'Skipping Hospital');
    await givenSupporter(w, 'sup-off', { onShift: false });
    await w.query('UPDATE peer_support_programs SET lead_person_id = $2 WHERE org_id = $1', [
      w.org.orgId,
      w.org.coordinator.id,
    ]);
    const id = await ask(w, await givenPerson(w, 'ash-asker'));
    expect(await offersByStep(w, id)).toEqual({ 1: ['Sup Off'] });
    expect(await stateOf(w, id)).toMatchObject({ step: 1, reroutes: 1, timed: true });
    // No backup named: from the others straight to the lead.
    await timeOut(w, id);
    await routeWaitingRequests(t.deps);
    expect(await offersByStep(w, id)).toEqual({ 1: ['Sup Off'], 3: [w.org.coordinator.name] });
    expect(await stateOf(w, id)).toMatchObject({ step: 3, reroutes: 3 });
  });

  it('with nobody at all, waits at the last step and tells the requester who to call', async () => {
    const w = await givenPeerWorld(t, {}, 'Empty Hospital');
    const asker = await givenPerson(w, 'ash-asker');
    const id = await ask(w, asker);
    expect(await stateOf(w, id)).toMatchObject({ status: 'waiting', step: 4, timed: false });
    expect((await (await w.as(asker)).get(`${w.api}/talk`)).json().requests[0].stage).toBe('nobody_free');
  });

  const exclusions: {
    why: string;
    excluded: (w: PeerWorld, asker: SeededPerson) => Promise<SeededPerson>;
    body?: Record<string, unknown>;
  }[] = [
    {
      why: "the requester's supervisor, as the organisation recorded it",
      excluded: async (w, asker) => {
        const s = await givenSupporter(w, 'sup-boss');
        await givenAssessorRelation(w.db, {
          orgId: w.org.orgId,
          traineeId: asker.id,
          assessorId: s.id,
          kind: 'supervisor',
          source: 'organisation',
        });
        return s;
      },
    },
    {
      why: 'their assessor, as the requester declared it themself',
      excluded: async (w, asker) => {
        const s = await givenSupporter(w, 'sup-assessor');
        await givenAssessorRelation(w.db, {
          orgId: w.org.orgId,
          traineeId: asker.id,
          assessorId: s.id,
          kind: 'assessor',
          source: 'self',
        });
        return s;
      },
    },
    {
      why: 'someone the requester supervises (the rule works both ways)',
      excluded: async (w, asker) => {
        const s = await givenSupporter(w, 'sup-junior');
        await givenAssessorRelation(w.db, {
          orgId: w.org.orgId,
          traineeId: s.id,
          assessorId: asker.id,
          kind: 'line_manager',
          source: 'organisation',
        });
        return s;
      },
    },
    {
      why: "someone from the requester's department, when they asked for that",
      excluded: (w) => givenSupporter(w, 'sup-same-dept', { departmentId: w.org.departmentId }),
      body: { notMyDepartment: true },
    },
    {
      why: 'a supporter at their weekly cap',
      excluded: async (w) => {
        const s = await givenSupporter(w, 'sup-busy', { weeklyCap: 2 });
        await givenLoad(w, s, 2);
        return s;
      },
    },
    {
      why: "a supporter at the program's default cap",
      excluded: async (w) => {
        const s = await givenSupporter(w, 'sup-busy');
        await givenLoad(w, s, 3);
        return s;
      },
    },
    {
      why: 'a supporter on a break (until today, inclusive)',
      excluded: (w) => givenSupporter(w, 'sup-resting', { breakUntil: dayFromToday(0) }),
    },
    {
      why: 'a supporter whose training expired',
      excluded: (w) => givenSupporter(w, 'sup-lapsed', { trainedUntil: dayFromToday(-2) }),
    },
    { why: 'a supporter with no training', excluded: (w) => givenSupporter(w, 'sup-new', { trainedUntil: null }) },
    {
      why: 'someone on a shift without the peer supporter role',
      excluded: async (w) => {
        const p = await givenPerson(w, 'not-sup');
        await givenShift(w, p.id);
        await w.query(
          `INSERT INTO supporter_training (org_id, person_id, title, completed_on, expires_on)
           VALUES ($1, $2, 'Course', $3, $4)`,
          [w.org.orgId, p.id, dayFromToday(-10), dayFromToday(300)],
        );
        return p;
      },
    },
  ];

  for (const { why, excluded, body } of exclusions) {
    it(`never goes to ${why}, at any step`, async () => {
      const w = await givenPeerWorld(t, { supportersPerStep: 5 }, 'Excluding Hospital');
      const surgery = await givenDepartment(w, 'Surgery');
      const asker = await givenPerson(w, 'ash-asker');
      const fine = await givenSupporter(w, 'sup-fine', { departmentId: surgery });
      const never = await excluded(w, asker);
      const id = await ask(w, asker, body);
      expect(await offersByStep(w, id)).toEqual({ 0: [fine.name] });
      await timeOut(w, id);
      await routeWaitingRequests(t.deps);
      expect(await offersByStep(w, id)).toEqual({ 0: [fine.name] });
      expect(await stateOf(w, id)).toMatchObject({ status: 'waiting', step: 4 });
      const told = await w.query('SELECT id FROM notifications WHERE person_id = $1', [never.id]);
      expect(told).toEqual([]);
    });
  }

  it('never goes to the requester themself, though they are a supporter on shift', async () => {
    const w = await givenPeerWorld(t, {}, 'Self Hospital');
    const asker = await givenSupporter(w, 'sup-self');
    const other = await givenSupporter(w, 'sup-other');
    const id = await ask(w, asker);
    expect(await offersByStep(w, id)).toEqual({ 0: [other.name] });
  });

  it('skips a backup or lead the no-assessor rule forbids, or who is the requester', async () => {
    const w = await givenPeerWorld(t, {}, 'Designated Hospital');
    const asker = await givenPerson(w, 'ash-asker');
    const backup = await givenPerson(w, 'bac-kup', { roles: ['member', 'wellbeing_lead'] });
    await givenAssessorRelation(w.db, {
      orgId: w.org.orgId,
      traineeId: asker.id,
      assessorId: backup.id,
      kind: 'supervisor',
      source: 'self',
    });
    await w.query('UPDATE peer_support_programs SET backup_person_id = $2, lead_person_id = $3 WHERE org_id = $1', [
      w.org.orgId,
      backup.id,
      w.org.coordinator.id,
    ]);
    const id = await ask(w, asker);
    expect(await offersByStep(w, id)).toEqual({ 3: [w.org.coordinator.name] });
    const fromLead = await ask(w, w.org.coordinator);
    expect(await offersByStep(w, fromLead)).toEqual({ 2: ['Bac Kup'] });
    expect(await stateOf(w, fromLead)).toMatchObject({ step: 2, reroutes: 2 });
  });

  it('prefers a similar career stage when asked, and otherwise the least loaded', async () => {
    const w = await givenPeerWorld(t, { supportersPerStep: 1 }, 'Preferring Hospital');
    const senior = await givenSupporter(w, 'sup-senior', { careerStage: 'consultant' });
    const peer = await givenSupporter(w, 'sup-peer', { careerStage: 'pgy1' });
    await givenLoad(w, peer, 1);
    const asker = await givenPerson(w, 'ash-asker', { careerStage: 'pgy1' });
    expect(await offersByStep(w, await ask(w, asker, { similarStage: true }))).toEqual({ 0: [peer.name] });
    expect(await offersByStep(w, await ask(w, asker))).toEqual({ 0: [senior.name] });
    // A preference, not a filter: with no one of the stage free, someone else is asked.
    await givenLoad(w, peer, 2);
    expect(await offersByStep(w, await ask(w, asker, { similarStage: true }))).toEqual({ 0: [senior.name] });
  });

  it("never routes to another organisation's supporters", async () => {
    const w = await givenPeerWorld(t, {}, 'Home Hospital');
    const elsewhere = await givenPeerWorld(t, {}, 'Away Hospital');
    const away = await givenSupporter(elsewhere, 'sup-away');
    const id = await ask(w, await givenPerson(w, 'ash-asker'));
    expect(await stateOf(w, id)).toMatchObject({ step: 4 });
    expect(await w.query('SELECT id FROM notifications WHERE person_id = $1', [away.id])).toEqual([]);
  });

  it('routes each due step exactly once when two runs of the job go at once, spreading offers over the roster', async () => {
    const w = await givenPeerWorld(t, { supportersPerStep: 2 }, 'Racing Hospital');
    for (const key of ['sup-a1', 'sup-a2', 'sup-a3', 'sup-a4']) await givenSupporter(w, key);
    for (const key of ['sup-b1', 'sup-b2', 'sup-b3', 'sup-b4']) await givenSupporter(w, key, { onShift: false });
    const asker = await givenPerson(w, 'ash-asker');
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await ask(w, asker, { urgency: 'today' }));
    await w.query(`UPDATE peer_requests SET step_due_at = now() - interval '1 minute' WHERE id = ANY($1::uuid[])`, [
      ids,
    ]);
    const runs = await Promise.all([routeWaitingRequests(t.deps), routeWaitingRequests(t.deps)]);
    expect(runs[0]!.routed + runs[1]!.routed).toBeGreaterThanOrEqual(40);
    const rows = await w.query(
      `SELECT r.id, r.step, r.reroutes, count(o.*) FILTER (WHERE o.step = 1)::int AS step1
       FROM peer_requests r LEFT JOIN peer_request_offers o ON o.request_id = r.id
       WHERE r.id = ANY($1::uuid[]) GROUP BY r.id`,
      [ids],
    );
    expect(rows).toHaveLength(40);
    for (const r of rows) expect(r).toMatchObject({ step: 1, reroutes: 1, step1: 2 });
    // Each of the four others is offered its share, not the same two all forty.
    const perPerson = await w.query(
      `SELECT person_id, count(*)::int AS n FROM peer_request_offers
       WHERE request_id = ANY($1::uuid[]) AND step = 1 GROUP BY person_id`,
      [ids],
    );
    const shares = perPerson.map((p) => p.n as number);
    expect(shares).toHaveLength(4);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(4);
    const notices = await w.query(
      `SELECT count(*)::int AS n FROM notifications WHERE org_id = $1 AND title = 'Someone asked to talk to a peer'`,
      [w.org.orgId],
    );
    expect(notices[0]!.n).toBe(40 * 2 * 2);
  });

  it('moves nothing from a stale read: a run that read a request before another moved it makes no offers', async () => {
    const w = await givenPeerWorld(t, {}, 'Stale Hospital');
    await givenSupporter(w, 'sup-on');
    await givenSupporter(w, 'sup-off', { onShift: false });
    const id = await ask(w, await givenPerson(w, 'ash-asker'));
    await timeOut(w, id);
    const stale = await routableRequest(t.deps.db, id);
    await routeWaitingRequests(t.deps);
    const moved = await inTransaction(t.deps.database, (scope) => routeRequests(t.deps, scope, [stale]));
    expect(moved).toBe(0);
    expect(await offersByStep(w, id)).toEqual({ 0: ['Sup On'], 1: ['Sup Off'] });
    expect(await stateOf(w, id)).toMatchObject({ step: 1, reroutes: 1 });
  });
});
