import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  givenPeerWorld,
  givenPerson,
  givenRequest,
  givenSupporter,
  type PeerWorld,
} from '#test/fixtures-peer-support.ts';
import type { SeededPerson } from '#test/fixtures.ts';
import { eraseAfterRetention, remindFollowUps } from './retention.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const soon = () => new Date(Date.now() + 30 * 60_000).toISOString();

/**
 * A request of `requester` taken by `supporter`, talked about by chat both ways and closed with `outcome`
 * (a follow-up booked `followUpInMinutes` ahead when given), all over HTTP.
 */
async function givenClosedRequest(
  w: PeerWorld,
  people: { requester: SeededPerson; supporter: SeededPerson },
  options: {
    topic?: 'aggression' | 'code_debrief';
    anonymous?: boolean;
    outcome?: 'supported' | 'referred' | 'follow_up_booked';
    followUpInMinutes?: number;
  } = {},
) {
  const request = await givenRequest(w, people.requester, {
    offeredTo: [people.supporter],
    topic: options.topic,
    anonymous: options.anonymous,
  });
  const url = `${w.api}/peer-support/requests/${request.id}`;
  const supporterApi = await w.as(people.supporter);
  expect((await supporterApi.post(`${url}/claim`, { contactBy: soon() })).statusCode).toBe(200);
  await (await w.as(people.requester)).post(`${w.api}/talk/requests/${request.id}/messages`, { body: 'Hello' });
  await supporterApi.post(`${url}/messages`, { body: 'Hello, I am here' });
  const followUpAt =
    options.followUpInMinutes === undefined
      ? undefined
      : new Date(Date.now() + options.followUpInMinutes * 60_000).toISOString();
  const closed = await supporterApi.post(`${url}/close`, {
    outcome: options.outcome ?? 'supported',
    lengthBand: '15_30',
    followUpAt,
  });
  expect(closed.statusCode).toBe(200);
  return request;
}

const identifying = (w: PeerWorld, id: string) =>
  w
    .query(
      `SELECT requester_id, contact_detail, alias, requester_department_id, requester_career_stage,
              erased_at IS NOT NULL AS erased,
              (SELECT count(*)::int FROM peer_request_messages m WHERE m.request_id = r.id) AS messages
       FROM peer_requests r WHERE id = $1`,
      [id],
    )
    .then((rows) => rows[0]!);

const counts = (w: PeerWorld) =>
  w.query(
    `SELECT topic, outcome, status, count(*)::int AS n FROM peer_requests WHERE org_id = $1
     GROUP BY topic, outcome, status ORDER BY topic, outcome`,
    [w.org.orgId],
  );

const age = (w: PeerWorld, id: string, days: number) =>
  w.query(
    `UPDATE peer_requests SET created_at = created_at - make_interval(days => $2),
       closed_at = closed_at - make_interval(days => $2), cancelled_at = cancelled_at - make_interval(days => $2)
     WHERE id = $1`,
    [id, days],
  );

describe('erasure after the retention period', () => {
  it('erases what identifies the requester and the messages, keeping the counts; nothing before its time', async () => {
    const w = await givenPeerWorld(t, { retentionDays: 30 });
    const supporter = await givenSupporter(w, 'ann-lee');
    const requester = await givenPerson(w, 'mem-kit');
    const old = await givenClosedRequest(w, { requester, supporter }, { topic: 'aggression' });
    const anonymous = await givenClosedRequest(
      w,
      { requester, supporter },
      { topic: 'code_debrief', anonymous: true, outcome: 'referred' },
    );
    const recent = await givenClosedRequest(w, { requester, supporter }, { topic: 'code_debrief' });
    const cancelled = await givenRequest(w, requester, { offeredTo: [supporter] });
    await w.query(`UPDATE peer_requests SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [cancelled.id]);

    await eraseAfterRetention(t.deps);
    for (const id of [old.id, anonymous.id, recent.id, cancelled.id]) {
      expect((await identifying(w, id)).erased).toBe(false);
    }
    expect(await identifying(w, old.id)).toMatchObject({
      requester_id: requester.id,
      contact_detail: '0400 000 000',
      messages: 2,
    });
    const before = await counts(w);

    await age(w, old.id, 31);
    await age(w, anonymous.id, 31);
    await age(w, cancelled.id, 31);
    await age(w, recent.id, 29);
    await eraseAfterRetention(t.deps);

    const erased = {
      requester_id: null,
      contact_detail: null,
      alias: null,
      requester_department_id: null,
      requester_career_stage: null,
      erased: true,
      messages: 0,
    };
    for (const id of [old.id, anonymous.id, cancelled.id]) expect(await identifying(w, id)).toEqual(erased);
    expect(await identifying(w, recent.id)).toMatchObject({ requester_id: requester.id, erased: false, messages: 2 });
    expect(await counts(w)).toEqual(before);
    const [supported] = await w.query('SELECT claimed_by, outcome, length_band FROM peer_requests WHERE id = $1', [
      old.id,
    ]);
    expect(supported).toEqual({ claimed_by: supporter.id, outcome: 'supported', length_band: '15_30' });

    // The requester's own notifications would tie them to the request: gone with the rest.
    const links = await w.query('SELECT link FROM notifications WHERE person_id = $1', [requester.id]);
    expect(links.map((n) => n.link)).toEqual(expect.not.arrayContaining([`/o/${w.org.orgId}/talk/requests/${old.id}`]));
    expect(links.map((n) => n.link)).toContain(`/o/${w.org.orgId}/talk/requests/${recent.id}`);

    // The supporter still sees the record, with nobody named in it.
    const view = (await (await w.as(supporter)).get(`${w.api}/peer-support/requests/${old.id}`)).json();
    expect(view).toMatchObject({ status: 'closed', requesterDisplay: null, contactDetail: null });
    const [stamp] = await w.query('SELECT erased_at FROM peer_requests WHERE id = $1', [old.id]);

    // Twice is once.
    await eraseAfterRetention(t.deps);
    const [again] = await w.query('SELECT erased_at FROM peer_requests WHERE id = $1', [old.id]);
    expect(again!.erased_at).toEqual(stamp!.erased_at);
    expect(await counts(w)).toEqual(before);
  });

  it('never erases a request still open, however old', async () => {
    const w = await givenPeerWorld(t, { retentionDays: 1 });
    const requester = await givenPerson(w, 'mem-kit');
    const waiting = await givenRequest(w, requester, { offeredTo: [await givenSupporter(w, 'ann-lee')] });
    await age(w, waiting.id, 400);
    await eraseAfterRetention(t.deps);
    expect(await identifying(w, waiting.id)).toMatchObject({ requester_id: requester.id, erased: false });
  });
});

describe('follow-up reminders', () => {
  const reminders = (w: PeerWorld, person: SeededPerson) =>
    w.query(`SELECT title, body, link FROM notifications WHERE person_id = $1 AND title = 'A follow-up is due'`, [
      person.id,
    ]);

  it('reminds the supporter once when a booked follow-up’s time comes, naming no one', async () => {
    const w = await givenPeerWorld(t);
    const supporter = await givenSupporter(w, 'ann-lee');
    const requester = await givenPerson(w, 'mem-kit');
    const request = await givenClosedRequest(
      w,
      { requester, supporter },
      { outcome: 'follow_up_booked', followUpInMinutes: 120 },
    );
    await remindFollowUps(t.deps);
    expect(await reminders(w, supporter)).toEqual([]);

    await w.query(`UPDATE peer_requests SET follow_up_at = now() - interval '1 minute' WHERE id = $1`, [request.id]);
    await remindFollowUps(t.deps);
    await remindFollowUps(t.deps);
    const sent = await reminders(w, supporter);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.link).toBe(`/o/${w.org.orgId}/peer-support/requests/${request.id}`);
    expect(sent[0]!.body).not.toContain('Mem Kit');
    const mail = await t.mail.next(supporter.email, { subject: /follow-up is due/ });
    expect(mail.text).not.toMatch(/Mem Kit|mem-kit/);

    // Done: nothing more, even when it was asked for again before.
    await (await w.as(supporter)).post(`${w.api}/peer-support/requests/${request.id}/follow-up-done`);
    await remindFollowUps(t.deps);
    expect(await reminders(w, supporter)).toHaveLength(1);
  });

  it('reminds the supporter of a follow-up the requester asked for, a few hours on, once', async () => {
    const w = await givenPeerWorld(t);
    const supporter = await givenSupporter(w, 'ann-lee');
    const requester = await givenPerson(w, 'mem-kit');
    const request = await givenClosedRequest(w, { requester, supporter });
    await w.query(`UPDATE peer_requests SET follow_up_requested_at = now() - interval '1 hour' WHERE id = $1`, [
      request.id,
    ]);
    await remindFollowUps(t.deps);
    expect(await reminders(w, supporter)).toEqual([]);

    await w.query(
      `UPDATE peer_requests SET follow_up_requested_at = now() - interval '5 hours',
         closed_at = now() - interval '6 hours' WHERE id = $1`,
      [request.id],
    );
    await remindFollowUps(t.deps);
    await remindFollowUps(t.deps);
    expect(await reminders(w, supporter)).toHaveLength(1);
  });
});
