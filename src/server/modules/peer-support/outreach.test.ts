import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  dayFromToday as day,
  givenPeerWorld,
  givenPerson,
  givenSupporter,
  type PeerWorld,
} from '#test/fixtures-peer-support.ts';
import { lapseEventOffers } from './outreach.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** Safety Sue (a supervisor) of the safety team, Inv Ana and Inv Bo who were involved, and a supporter on shift. */
async function givenEvent(w?: PeerWorld) {
  w ??= await givenPeerWorld(t, { eventOfferHours: 48 }, 'Outreach Hospital');
  const safety = await givenPerson(w, 'safety-sue', { roles: ['member', 'supervisor'], careerStage: 'consultant' });
  const ana = await givenPerson(w, 'inv-ana');
  const bo = await givenPerson(w, 'inv-bo');
  await givenSupporter(w, 'sup-sam');
  return { w, safety, ana, bo };
}

type Event = Awaited<ReturnType<typeof givenEvent>>;

async function flagged(x: Event, personIds = [x.ana.id, x.bo.id]) {
  const res = await (
    await x.w.as(x.safety)
  ).post(`${x.w.api}/peer-support/event-flags`, { eventOn: day(0), personIds });
  expect(res.statusCode).toBe(201);
  return res.json();
}

async function offerOf(x: Event, person: Event['ana']) {
  const overview = (await (await x.w.as(person)).get(`${x.w.api}/talk`)).json();
  return overview.eventOffers as { id: string; eventOn: string; expiresAt: string }[];
}

const PHONE = { contactMethod: 'phone', contactDetail: '0400 333 444' };

describe('flagging a serious event', () => {
  it('sends each person a private offer at once, in-app and by e-mail, open for the program’s hours', async () => {
    const x = await givenEvent();
    const flag = await flagged(x);
    expect(flag).toMatchObject({ eventOn: day(0), offersSent: 2 });
    const mail = await t.mail.next(x.ana.email, { subject: /A peer is here/ });
    expect(mail.text).toContain('decline with one tap');
    const notes = (await (await x.w.as(x.bo)).get(`${x.w.api}/notifications`)).json();
    expect(JSON.stringify(notes)).toContain('A peer is here if you want one');
    const [offer] = await offerOf(x, x.ana);
    expect(offer!.eventOn).toBe(day(0));
    const hours = (Date.parse(offer!.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(47.9);
    expect(hours).toBeLessThanOrEqual(48);
    // Only the person sees their offer.
    expect(await offerOf(x, x.safety)).toEqual([]);
    const mine = (await (await x.w.as(x.safety)).get(`${x.w.api}/peer-support/event-flags`)).json();
    expect(mine.flags).toEqual([flag]);
    expect((await x.w.lead.get(`${x.w.api}/peer-support/event-flags`)).json().flags).toEqual([]);
  });

  it('is for the safety team only, and refuses a future date, nobody, and people not found here', async () => {
    const x = await givenEvent();
    const elsewhere = await givenPeerWorld(t, {}, 'Elsewhere Outreach');
    const stranger = await givenPerson(elsewhere, 'far-away');
    const url = `${x.w.api}/peer-support/event-flags`;
    expect((await (await x.w.as(x.ana)).post(url, { eventOn: day(0), personIds: [x.bo.id] })).statusCode).toBe(403);
    const as = await x.w.as(x.safety);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ eventOn: day(1), personIds: [x.ana.id] }, 400, 'eventOn'],
      [{ eventOn: day(0), personIds: [] }, 400, 'personIds'],
      [{ eventOn: day(0), personIds: [x.ana.id, stranger.id] }, 404, 'personIds'],
    ];
    for (const [body, status, field] of cases) {
      const res = await as.post(url, body);
      expect([res.statusCode, res.json().error.field]).toEqual([status, field]);
    }
    expect(await offerOf(x, x.ana)).toEqual([]);
  });
});

describe('the person’s answer', () => {
  it('accepting opens a request about an adverse event, for today, once', async () => {
    const x = await givenEvent();
    await flagged(x);
    const [offer] = await offerOf(x, x.ana);
    const ana = await x.w.as(x.ana);
    const url = `${x.w.api}/talk/event-offers/${offer!.id}`;
    expect((await (await x.w.as(x.bo)).post(`${url}/accept`, PHONE)).statusCode).toBe(404);
    const bad = await ana.post(`${url}/accept`, { contactMethod: 'video' });
    expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'contactDetail']);
    const res = await ana.post(`${url}/accept`, PHONE);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ topic: 'adverse_event', urgency: 'today', contactDetail: '0400 333 444' });
    const [row] = await x.w.query(
      `SELECT r.origin, r.requester_id, o.response, o.request_id FROM peer_requests r
       JOIN event_offers o ON o.request_id = r.id WHERE r.id = $1`,
      [res.json().id],
    );
    expect(row).toEqual({
      origin: 'event_offer',
      requester_id: x.ana.id,
      response: 'accepted',
      request_id: res.json().id,
    });
    expect(await offerOf(x, x.ana)).toEqual([]);
    const twice = await ana.post(`${url}/accept`, PHONE);
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'already_answered']);
    expect((await ana.post(`${url}/decline`)).statusCode).toBe(409);
  });

  it('declining is one tap, says nothing back, and can be tapped twice', async () => {
    const x = await givenEvent();
    await flagged(x);
    const [offer] = await offerOf(x, x.bo);
    const bo = await x.w.as(x.bo);
    const url = `${x.w.api}/talk/event-offers/${offer!.id}`;
    expect((await (await x.w.as(x.ana)).post(`${url}/decline`)).statusCode).toBe(404);
    const res = await bo.post(`${url}/decline`);
    expect([res.statusCode, res.body]).toEqual([204, '']);
    expect((await bo.post(`${url}/decline`)).statusCode).toBe(204);
    expect(await offerOf(x, x.bo)).toEqual([]);
    const late = await bo.post(`${url}/accept`, PHONE);
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'already_answered']);
    const [row] = await x.w.query(`SELECT response, request_id FROM event_offers WHERE id = $1`, [offer!.id]);
    expect(row).toEqual({ response: 'declined', request_id: null });
  });

  it('lapses when nobody answered in time', async () => {
    const x = await givenEvent();
    await flagged(x);
    const [offer] = await offerOf(x, x.ana);
    await x.w.query(`UPDATE event_offers SET expires_at = now() - interval '1 minute' WHERE id = $1`, [offer!.id]);
    expect(await offerOf(x, x.ana)).toEqual([]);
    const late = await (await x.w.as(x.ana)).post(`${x.w.api}/talk/event-offers/${offer!.id}/accept`, PHONE);
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'offer_lapsed']);
    expect((await lapseEventOffers(t.deps)).lapsed).toBeGreaterThanOrEqual(1);
    expect((await lapseEventOffers(t.deps)).lapsed).toBe(0);
    const rows = await x.w.query(
      `SELECT person_id, response FROM event_offers WHERE flag_id = (
      SELECT flag_id FROM event_offers WHERE id = $1) ORDER BY response NULLS LAST`,
      [offer!.id],
    );
    expect(rows).toEqual([
      { person_id: x.ana.id, response: 'lapsed' },
      { person_id: x.bo.id, response: null },
    ]);
  });
});

describe('nobody but the person learns whether they accepted', () => {
  it('leaves every view of the flagger and the lead the same, byte for byte, after an accept and a decline', async () => {
    const x = await givenEvent();
    await flagged(x);
    const safety = await x.w.as(x.safety);
    const views = async () =>
      Promise.all([
        safety.get(`${x.w.api}/peer-support/event-flags`),
        safety.get(`${x.w.api}/peer-support/debriefs/requested`),
        safety.get(`${x.w.api}/notifications`),
        x.w.lead.get(`${x.w.api}/peer-support/debriefs`),
        x.w.lead.get(`${x.w.api}/peer-support/report`),
        x.w.lead.get(`${x.w.api}/peer-support/report.csv`),
      ]).then((responses) => responses.map((r) => `${r.statusCode} ${r.body}`));
    const before = await views();
    expect(before.every((v) => v.startsWith('200 '))).toBe(true);

    const [anaOffer] = await offerOf(x, x.ana);
    expect(
      (await (await x.w.as(x.ana)).post(`${x.w.api}/talk/event-offers/${anaOffer!.id}/accept`, PHONE)).statusCode,
    ).toBe(201);
    expect(await views()).toEqual(before);

    const [boOffer] = await offerOf(x, x.bo);
    expect((await (await x.w.as(x.bo)).post(`${x.w.api}/talk/event-offers/${boOffer!.id}/decline`)).statusCode).toBe(
      204,
    );
    expect(await views()).toEqual(before);
  });
});

describe('another organisation', () => {
  it('gets 404 for this organisation’s offers, and sees none of its flags', async () => {
    const x = await givenEvent();
    await flagged(x);
    const [offer] = await offerOf(x, x.ana);
    const other = await givenPeerWorld(t, {}, 'Other Outreach');
    const theirs = await givenEvent(other);
    const member = await other.as(theirs.ana);
    expect((await member.post(`${other.api}/talk/event-offers/${offer!.id}/accept`, PHONE)).statusCode).toBe(404);
    expect((await member.post(`${other.api}/talk/event-offers/${offer!.id}/decline`)).statusCode).toBe(404);
    expect((await (await other.as(theirs.safety)).get(`${other.api}/peer-support/event-flags`)).json().flags).toEqual(
      [],
    );
    expect((await member.post(`${x.w.api}/talk/event-offers/${offer!.id}/decline`)).statusCode).toBe(404);
    expect(await offerOf(x, x.ana)).toHaveLength(1);
  });
});
