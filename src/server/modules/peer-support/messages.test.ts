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

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Mem Kit's anonymous request, offered to Ann Lee and Bo Park; the two doors of its conversation. */
async function givenChat(w: PeerWorld) {
  const requester = await givenPerson(w, 'mem-kit');
  const ann = await givenSupporter(w, 'ann-lee');
  const bo = await givenSupporter(w, 'bo-park');
  const request = await givenRequest(w, requester, { offeredTo: [ann, bo], anonymous: true });
  const supporterUrl = `${w.api}/peer-support/requests/${request.id}`;
  return {
    requester,
    ann,
    bo,
    request,
    supporterUrl,
    requesterChat: `${w.api}/talk/requests/${request.id}/messages`,
    supporterChat: `${supporterUrl}/messages`,
    claim: async () =>
      (await w.as(ann)).post(`${supporterUrl}/claim`, { contactBy: new Date(Date.now() + 600_000).toISOString() }),
  };
}

const notificationsOf = (w: PeerWorld, person: SeededPerson) =>
  w.query('SELECT title, body, link FROM notifications WHERE person_id = $1 ORDER BY created_at', [person.id]);

describe('chat between a requester and their supporter', () => {
  it('opens once the request is taken, and tells the other side there is a message, never what it says', async () => {
    const w = await givenPeerWorld(t);
    const { requester, ann, request, requesterChat, supporterChat, claim } = await givenChat(w);
    const me = await w.as(requester);
    expect((await me.get(requesterChat)).json()).toEqual({ messages: [] });
    const early = await me.post(requesterChat, { body: 'Is anyone there?' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('conflict');

    await claim();
    const sent = await me.post(requesterChat, { body: 'The arrest on ward 4 last night' });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ from: 'you', body: 'The arrest on ward 4 last night' });
    await me.post(requesterChat, { body: 'I keep going over it' });

    const annApi = await w.as(ann);
    const seen = (await annApi.get(supporterChat)).json().messages;
    expect(seen.map((m: { from: string; body: string }) => [m.from, m.body])).toEqual([
      ['requester', 'The arrest on ward 4 last night'],
      ['requester', 'I keep going over it'],
    ]);
    // One notification while it is unread, whatever the number of messages; it holds no content.
    const toAnn = (await notificationsOf(w, ann)).filter((n) => n.title.startsWith('New message'));
    expect(toAnn).toEqual([
      {
        title: 'New message about a request you took',
        body: 'Open the conversation to read it.',
        link: `/o/${w.org.orgId}/peer-support/requests/${request.id}`,
      },
    ]);

    expect((await annApi.post(supporterChat, { body: 'I am here. Shall we talk it through?' })).statusCode).toBe(201);
    const mine = (await me.get(requesterChat)).json().messages;
    expect(mine.map((m: { from: string }) => m.from)).toEqual(['you', 'you', 'supporter']);
    const toRequester = (await notificationsOf(w, requester)).filter((n) => n.title.startsWith('New message'));
    expect(toRequester).toEqual([
      {
        title: 'New message from your supporter',
        body: 'Open the conversation to read it.',
        link: `/o/${w.org.orgId}/talk/requests/${request.id}`,
      },
    ]);
  });

  it('is only for the requester and the supporter who took it', async () => {
    const w = await givenPeerWorld(t);
    const { bo, requesterChat, supporterChat, claim } = await givenChat(w);
    await claim();
    const boApi = await w.as(bo);
    for (const answer of [await boApi.get(supporterChat), await boApi.post(supporterChat, { body: 'Hi' })]) {
      expect(answer.statusCode).toBe(409);
      expect(answer.json().error.code).toBe('not_claimed_by_you');
    }
    const other = await w.as(await givenSupporter(w, 'cy-wu'));
    expect((await other.get(supporterChat)).statusCode).toBe(404);
    expect((await other.get(requesterChat)).statusCode).toBe(404);
    expect((await other.post(requesterChat, { body: 'Hi' })).statusCode).toBe(404);
    expect((await boApi.get(requesterChat)).statusCode).toBe(404);

    const elsewhere = await givenPeerWorld(t, {}, 'Other Hospital');
    const stranger = await elsewhere.as(await givenSupporter(elsewhere, 'zed-ox'));
    for (const url of [requesterChat, supporterChat, requesterChat.replace(w.api, elsewhere.api)]) {
      expect((await stranger.get(url)).statusCode).toBe(404);
      expect((await stranger.post(url, { body: 'Hi' })).statusCode).toBe(404);
    }
  });

  it('refuses an empty or overlong message, naming body', async () => {
    const w = await givenPeerWorld(t);
    const { requester, requesterChat, claim } = await givenChat(w);
    await claim();
    const me = await w.as(requester);
    for (const body of [{ body: '   ' }, { body: 'x'.repeat(2001) }, {}]) {
      const refused = await me.post(requesterChat, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.field).toBe('body');
    }
  });

  it('stays open after closing, not after a cancel, and is gone once the request is erased', async () => {
    const w = await givenPeerWorld(t);
    const { requester, ann, request, supporterUrl, requesterChat, supporterChat, claim } = await givenChat(w);
    await claim();
    const annApi = await w.as(ann);
    await annApi.post(`${supporterUrl}/close`, { outcome: 'supported', lengthBand: '15_30' });
    expect((await annApi.post(supporterChat, { body: 'Checking in, as promised' })).statusCode).toBe(201);

    await w.query(`UPDATE peer_requests SET status = 'cancelled' WHERE id = $1`, [request.id]);
    const cancelled = await (await w.as(requester)).post(requesterChat, { body: 'Thanks' });
    expect(cancelled.json().error.code).toBe('request_closed');

    await w.query(`UPDATE peer_requests SET requester_id = NULL, erased_at = now() WHERE id = $1`, [request.id]);
    expect((await (await w.as(requester)).get(requesterChat)).statusCode).toBe(404);
    const erased = await annApi.get(supporterChat);
    expect(erased.statusCode).toBe(409);
    expect(erased.json().error.code).toBe('request_closed');
  });
});
