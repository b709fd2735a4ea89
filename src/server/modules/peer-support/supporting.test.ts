import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  givenPeerWorld,
  givenPerson,
  givenRequest,
  givenSupporter,
  type PeerWorld,
} from '#test/fixtures-peer-support.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** An ISO time `minutes` from now. */
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

/** "HH:MM" in the test organisations' zone (Australia/Sydney), as the e-mail writes it. */
const hhmm = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Australia/Sydney',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));

/**
 * Mem Kit asks (by phone); Ann Lee and Bo Park are offered the request, Cy Wu is a supporter it was not offered to,
 * and Bo already has the notification routing left them.
 */
async function givenOfferedRequest(w: PeerWorld) {
  const requester = await givenPerson(w, 'mem-kit');
  const ann = await givenSupporter(w, 'ann-lee');
  const bo = await givenSupporter(w, 'bo-park');
  const cy = await givenSupporter(w, 'cy-wu');
  const request = await givenRequest(w, requester, { offeredTo: [ann, bo] });
  await w.query(`INSERT INTO notifications (org_id, person_id, title, body, link) VALUES ($1, $2, $3, $4, $5)`, [
    w.org.orgId,
    bo.id,
    'Someone would like to talk to a peer',
    'Open it to take it.',
    `/o/${w.org.orgId}/peer-support/requests/${request.id}`,
  ]);
  const url = `${w.api}/peer-support/requests/${request.id}`;
  return { requester, ann, bo, cy, request, url };
}

describe('a supporter takes a request, reaches the person and closes it', () => {
  it('shows no name or contact before claiming, both after; tells the requester who and by when', async () => {
    const w = await givenPeerWorld(t);
    const { requester, ann, bo, request, url } = await givenOfferedRequest(w);
    const annApi = await w.as(ann);

    const inbox = (await annApi.get(`${w.api}/peer-support/inbox`)).json();
    expect(inbox.offered).toHaveLength(1);
    expect(inbox.offered[0]).toMatchObject({
      id: request.id,
      topic: 'code_debrief',
      contactMethod: 'phone',
      status: 'waiting',
      claimedByMe: false,
      requesterDisplay: null,
      contactDetail: null,
    });
    expect(inbox.mine).toEqual([]);
    expect((await annApi.get(url)).json()).toMatchObject({ requesterDisplay: null, contactDetail: null });

    const contactBy = inMinutes(40);
    const claimed = await annApi.post(`${url}/claim`, { contactBy });
    expect(claimed.statusCode).toBe(200);
    expect(claimed.json()).toMatchObject({
      status: 'claimed',
      claimedByMe: true,
      requesterDisplay: 'Mem Kit',
      contactDetail: '0400 000 000',
      contactBy: new Date(contactBy).toISOString(),
    });

    const promise = `Ann will contact you by ${hhmm(contactBy)}`;
    const mail = await t.mail.next(requester.email, { subject: /will contact you/ });
    expect(mail.subject.startsWith(promise)).toBe(true);
    expect(mail.text).toContain(`/o/${w.org.orgId}/talk/requests/${request.id}`);
    const told = (await (await w.as(requester)).get(`${w.api}/notifications`)).json().notifications;
    expect(told.map((n: { title: string }) => n.title)).toEqual([expect.stringMatching(`^${promise}`)]);

    // Bo, offered it too, no longer has it waiting: not in the inbox, and the notification is taken back.
    const boApi = await w.as(bo);
    expect((await boApi.get(`${w.api}/peer-support/inbox`)).json().offered).toEqual([]);
    expect((await boApi.get(`${w.api}/notifications`)).json().notifications).toEqual([]);
    expect((await boApi.get(url)).json()).toMatchObject({
      status: 'claimed',
      claimedByMe: false,
      requesterDisplay: null,
      contactDetail: null,
      contactBy: null,
    });

    expect((await annApi.get(`${w.api}/peer-support/inbox`)).json().mine.map((r: { id: string }) => r.id)).toEqual([
      request.id,
    ]);
    const contacted = await annApi.post(`${url}/first-contact`);
    expect(contacted.statusCode).toBe(200);
    expect(contacted.json().firstContactAt).not.toBeNull();

    const closed = await annApi.post(`${url}/close`, { outcome: 'supported', lengthBand: '15_30' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', outcome: 'supported', lengthBand: '15_30' });
    const [row] = await w.query('SELECT status, claimed_by, outcome, length_band FROM peer_requests WHERE id = $1', [
      request.id,
    ]);
    expect(row).toEqual({ status: 'closed', claimed_by: ann.id, outcome: 'supported', length_band: '15_30' });
  });

  it('books a follow-up within the program’s time, and records it done', async () => {
    const w = await givenPeerWorld(t, { followUpHours: 24 });
    const { ann, url } = await givenOfferedRequest(w);
    const annApi = await w.as(ann);
    await annApi.post(`${url}/claim`, { contactBy: inMinutes(30) });

    for (const followUpAt of [undefined, inMinutes(25 * 60), inMinutes(-60)]) {
      const refused = await annApi.post(`${url}/close`, {
        outcome: 'follow_up_booked',
        lengthBand: 'under_15',
        followUpAt,
      });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.field).toBe('followUpAt');
    }
    const notBooked = await annApi.post(`${url}/close`, {
      outcome: 'supported',
      lengthBand: 'under_15',
      followUpAt: inMinutes(60),
    });
    expect(notBooked.json().error.field).toBe('followUpAt');
    expect((await annApi.post(`${url}/follow-up-done`)).json().error.code).toBe('conflict');

    const followUpAt = inMinutes(20 * 60);
    const closed = await annApi.post(`${url}/close`, {
      outcome: 'follow_up_booked',
      lengthBand: '30_60',
      followUpAt,
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      outcome: 'follow_up_booked',
      followUpAt: new Date(followUpAt).toISOString(),
    });
    expect((await annApi.get(`${w.api}/peer-support/inbox`)).json().mine).toHaveLength(1);

    const done = await annApi.post(`${url}/follow-up-done`);
    expect(done.statusCode).toBe(200);
    expect(done.json().followUpDoneAt).not.toBeNull();
  });

  it('offers requests to the program’s backup, who holds no supporter role, and lets them take one', async () => {
    const w = await givenPeerWorld(t);
    const requester = await givenPerson(w, 'mem-kit');
    const backup = await givenPerson(w, 'bak-up');
    const request = await givenRequest(w, requester, { offeredTo: [backup] });
    const api = await w.as(backup);
    expect((await api.get(`${w.api}/peer-support/inbox`)).json().offered).toHaveLength(1);
    const claimed = await api.post(`${w.api}/peer-support/requests/${request.id}/claim`, { contactBy: inMinutes(10) });
    expect(claimed.statusCode).toBe(200);
  });

  it('shows a closed request in the supporter’s list only while its follow-up window is open', async () => {
    const w = await givenPeerWorld(t, { followUpHours: 24 });
    const { ann, request, url } = await givenOfferedRequest(w);
    const annApi = await w.as(ann);
    await annApi.post(`${url}/claim`, { contactBy: inMinutes(30) });
    await annApi.post(`${url}/close`, { outcome: 'referred', lengthBand: 'over_60' });
    expect((await annApi.get(`${w.api}/peer-support/inbox`)).json().mine).toHaveLength(1);
    await w.query(`UPDATE peer_requests SET closed_at = now() - interval '25 hours' WHERE id = $1`, [request.id]);
    expect((await annApi.get(`${w.api}/peer-support/inbox`)).json().mine).toEqual([]);
  });
});

describe('what a supporter cannot do', () => {
  it('refuses a contact time in the past or more than 24 hours ahead, naming contactBy', async () => {
    const w = await givenPeerWorld(t);
    const { ann, url } = await givenOfferedRequest(w);
    const annApi = await w.as(ann);
    for (const body of [{ contactBy: inMinutes(-30) }, { contactBy: inMinutes(25 * 60) }, {}, { contactBy: 'soon' }]) {
      const refused = await annApi.post(`${url}/claim`, body);
      expect(refused.statusCode).toBe(400);
      expect(refused.json().error.field).toBe('contactBy');
    }
  });

  it('answers 409 already_claimed to the second supporter, and the same answer again to the one who took it', async () => {
    const w = await givenPeerWorld(t);
    const { ann, bo, url } = await givenOfferedRequest(w);
    expect((await (await w.as(ann)).post(`${url}/claim`, { contactBy: inMinutes(30) })).statusCode).toBe(200);
    const second = await (await w.as(bo)).post(`${url}/claim`, { contactBy: inMinutes(30) });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('already_claimed');
    const again = await (await w.as(ann)).post(`${url}/claim`, { contactBy: inMinutes(30) });
    expect(again.statusCode).toBe(200);
    expect(again.json().claimedByMe).toBe(true);
  });

  it('answers 409 request_closed to claiming a cancelled or closed request', async () => {
    const w = await givenPeerWorld(t);
    const { ann, request, url } = await givenOfferedRequest(w);
    await w.query(`UPDATE peer_requests SET status = 'cancelled', cancelled_at = now() WHERE id = $1`, [request.id]);
    const refused = await (await w.as(ann)).post(`${url}/claim`, { contactBy: inMinutes(30) });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('request_closed');
    expect((await (await w.as(ann)).get(`${w.api}/peer-support/inbox`)).json().offered).toEqual([]);
  });

  it('lets only the one who took it record contact, close it or record its follow-up', async () => {
    const w = await givenPeerWorld(t);
    const { ann, bo, url } = await givenOfferedRequest(w);
    const boApi = await w.as(bo);
    for (const [path, body] of [
      ['first-contact', {}],
      ['close', { outcome: 'supported', lengthBand: 'under_15' }],
      ['follow-up-done', {}],
    ] as const) {
      const beforeClaim = await boApi.post(`${url}/${path}`, body);
      expect(beforeClaim.statusCode).toBe(409);
      expect(beforeClaim.json().error.code).toBe('not_claimed_by_you');
    }
    await (await w.as(ann)).post(`${url}/claim`, { contactBy: inMinutes(30) });
    for (const [path, body] of [
      ['first-contact', {}],
      ['close', { outcome: 'supported', lengthBand: 'under_15' }],
      ['follow-up-done', {}],
    ] as const) {
      expect((await boApi.post(`${url}/${path}`, body)).json().error.code).toBe('not_claimed_by_you');
    }
    const annApi = await w.as(ann);
    await annApi.post(`${url}/close`, { outcome: 'supported', lengthBand: 'under_15' });
    for (const [path, body] of [
      ['first-contact', {}],
      ['close', { outcome: 'escalated', lengthBand: 'under_15' }],
    ] as const) {
      const late = await annApi.post(`${url}/${path}`, body);
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('request_closed');
    }
  });

  it('refuses a close record that is not one, naming the field', async () => {
    const w = await givenPeerWorld(t);
    const { ann, url } = await givenOfferedRequest(w);
    const annApi = await w.as(ann);
    await annApi.post(`${url}/claim`, { contactBy: inMinutes(30) });
    const noOutcome = await annApi.post(`${url}/close`, { lengthBand: 'under_15' });
    expect(noOutcome.statusCode).toBe(400);
    expect(noOutcome.json().error.field).toBe('outcome');
    const badLength = await annApi.post(`${url}/close`, { outcome: 'supported', lengthBand: 'forever' });
    expect(badLength.json().error.field).toBe('lengthBand');
  });

  it('answers 404 to a member it was not offered to, on every route', async () => {
    const w = await givenPeerWorld(t);
    const { cy, url } = await givenOfferedRequest(w);
    const cyApi = await w.as(cy);
    expect((await cyApi.get(url)).statusCode).toBe(404);
    expect((await cyApi.post(`${url}/claim`, { contactBy: inMinutes(30) })).statusCode).toBe(404);
    expect((await cyApi.post(`${url}/first-contact`)).statusCode).toBe(404);
    expect((await cyApi.post(`${url}/close`, { outcome: 'supported', lengthBand: 'under_15' })).statusCode).toBe(404);
    expect((await cyApi.post(`${url}/follow-up-done`)).statusCode).toBe(404);
    expect((await cyApi.get(`${w.api}/peer-support/inbox`)).json()).toEqual({ offered: [], mine: [] });
  });

  it("answers 404 to another organisation's supporter on every route, through either organisation", async () => {
    const w = await givenPeerWorld(t);
    const { request, url } = await givenOfferedRequest(w);
    const elsewhere = await givenPeerWorld(t, {}, 'Other Hospital');
    const stranger = await givenSupporter(elsewhere, 'zed-ox');
    const api = await elsewhere.as(stranger);
    const theirs = `${elsewhere.api}/peer-support/requests/${request.id}`;
    for (const base of [url, theirs]) {
      const answers = [
        await api.get(base),
        await api.post(`${base}/claim`, { contactBy: inMinutes(30) }),
        await api.post(`${base}/first-contact`),
        await api.post(`${base}/close`, { outcome: 'supported', lengthBand: 'under_15' }),
        await api.post(`${base}/follow-up-done`),
        await api.get(`${base}/messages`),
        await api.post(`${base}/messages`, { body: 'Hello' }),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    }
    expect((await api.get(`${w.api}/peer-support/inbox`)).statusCode).toBe(404);
    const [row] = await w.query('SELECT status FROM peer_requests WHERE id = $1', [request.id]);
    expect(row!.status).toBe('waiting');
  });
});
