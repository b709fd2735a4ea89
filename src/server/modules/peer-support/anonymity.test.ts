import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import type { TestClient } from '#test/client.ts';
import { givenPeerWorld, givenPerson, givenSupporter, type PeerWorld } from '#test/fixtures-peer-support.ts';
import type { SeededPerson } from '#test/fixtures.ts';
import { remindFollowUps } from './retention.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/**
 * Every GET of talk to a peer (and the notifications) a supporter might call about a request: the feature's routes
 * whose only parameters are the organisation and the request, read from the app itself, so a route added later is
 * searched too.
 */
function supporterReadableUrls(w: PeerWorld, requestId: string): string[] {
  return t.app.routeAccess
    .filter((r) => r.method === 'GET' && r.access.kind === 'org')
    .map((r) => r.url)
    .filter((url) => /^\/api\/orgs\/:orgId\/(peer-support|talk|notifications)/.test(url))
    .filter((url) => (url.match(/:\w+/g) ?? []).every((p) => p === ':orgId' || p === ':requestId'))
    .map((url) => url.replace(':orgId', w.org.orgId).replace(':requestId', requestId));
}

/** Each text in which the requester's name (either part), e-mail or person id appears. */
function leaks(texts: string[], requester: SeededPerson): string[] {
  const marks = [...requester.name.split(' '), requester.email, requester.id].map((m) => m.toLowerCase());
  return texts.filter((text) => marks.some((mark) => text.toLowerCase().includes(mark)));
}

describe('an anonymous request, as supporters see it', () => {
  it("shows no supporter the requester's name, e-mail or person id: no answer, notification or e-mail", async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee');
    const bo = await givenSupporter(w, 'bo-park');
    const cy = await givenSupporter(w, 'cy-wu', { onShift: false });
    const requester = await givenPerson(w, 'quinta-zebulon');
    const asker = await w.as(requester);

    const asked = await asker.post(`${w.api}/talk/requests`, {
      topic: 'adverse_event',
      urgency: 'now',
      contactMethod: 'chat',
      anonymous: true,
    });
    expect(asked.statusCode).toBe(201);
    const { id: requestId, alias } = asked.json<{ id: string; alias: string }>();
    const offered = await w.query('SELECT person_id FROM peer_request_offers WHERE request_id = $1', [requestId]);
    expect(offered.map((o) => o.person_id).sort()).toEqual([ann.id, bo.id].sort());

    const url = `${w.api}/peer-support/requests/${requestId}`;
    const clients: [SeededPerson, TestClient][] = [
      [ann, await w.as(ann)],
      [bo, await w.as(bo)],
      [cy, await w.as(cy)],
    ];
    const [annApi, boApi, cyApi] = clients.map(([, c]) => c) as [TestClient, TestClient, TestClient];
    const bodies: string[] = [];
    const seen = async (answer: Promise<{ statusCode: number; body: string }>) => {
      const a = await answer;
      bodies.push(a.body);
      return a;
    };
    const readEverything = async () => {
      for (const [, client] of clients) {
        for (const path of supporterReadableUrls(w, requestId)) await seen(client.get(path));
      }
    };
    expect(supporterReadableUrls(w, requestId)).toEqual(
      expect.arrayContaining([`${w.api}/peer-support/inbox`, url, `${url}/messages`]),
    );

    await readEverything();
    const contactBy = new Date(Date.now() + 20 * 60_000).toISOString();
    expect((await seen(annApi.post(`${url}/claim`, { contactBy }))).statusCode).toBe(200);
    expect((await seen(boApi.post(`${url}/claim`, { contactBy }))).statusCode).toBe(409);
    expect((await seen(cyApi.post(`${url}/claim`, { contactBy }))).statusCode).toBe(404);
    // The one who took it sees the alias, and no way to reach the person but the chat.
    const taken = await seen(annApi.get(url));
    expect(JSON.parse(taken.body)).toMatchObject({ requesterDisplay: alias, contactDetail: null, claimedByMe: true });

    await readEverything();
    await seen(annApi.post(`${url}/first-contact`));
    await asker.post(`${w.api}/talk/requests/${requestId}/messages`, { body: 'Thank you for answering' });
    await seen(annApi.post(`${url}/messages`, { body: 'Of course. How are you doing?' }));
    for (const [, client] of clients) {
      await seen(client.post(`${url}/messages`, { body: 'Hello' }));
      await seen(client.post(`${url}/first-contact`));
    }
    await readEverything();
    const followUpAt = new Date(Date.now() + 60 * 60_000).toISOString();
    const closing = { outcome: 'follow_up_booked', lengthBand: '30_60', followUpAt };
    for (const client of [boApi, cyApi, annApi]) await seen(client.post(`${url}/close`, closing));
    await asker.post(`${w.api}/talk/requests/${requestId}/follow-up`);
    await w.query(`UPDATE peer_requests SET follow_up_at = now() - interval '1 minute' WHERE id = $1`, [requestId]);
    await remindFollowUps(t.deps);
    await readEverything();
    for (const client of [boApi, cyApi, annApi]) await seen(client.post(`${url}/follow-up-done`));
    await readEverything();

    expect(leaks(bodies, requester)).toEqual([]);

    const supporterIds = clients.map(([p]) => p.id);
    const notices = await w.query('SELECT title, body, link FROM notifications WHERE person_id = ANY($1::uuid[])', [
      supporterIds,
    ]);
    expect(notices.length).toBeGreaterThan(0);
    expect(
      leaks(
        notices.map((n) => JSON.stringify(n)),
        requester,
      ),
    ).toEqual([]);

    // Wait for the e-mails the walk sent supporters (offers and the follow-up reminder) to arrive, then read all.
    await t.mail.next(ann.email, { subject: /asked to talk/ });
    await t.mail.next(bo.email, { subject: /asked to talk/ });
    await t.mail.next(ann.email, { subject: /follow-up is due/ });
    const supporterEmails = clients.map(([p]) => p.email);
    const mails = t.mail.messages.filter((m) => supporterEmails.some((e) => m.to.includes(e)));
    expect(mails.length).toBeGreaterThanOrEqual(3);
    expect(
      leaks(
        mails.map((m) => `${m.subject}\n${m.text}`),
        requester,
      ),
    ).toEqual([]);
  });
});
