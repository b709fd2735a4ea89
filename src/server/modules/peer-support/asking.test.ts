import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import {
  ASK,
  givenDepartment,
  givenPeerWorld,
  givenPerson,
  givenSupporter,
  type PeerWorld,
} from '#test/fixtures-peer-support.ts';
import type { SeededPerson } from '#test/fixtures.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const notificationsOf = (w: PeerWorld, person: SeededPerson) =>
  w.query('SELECT title, body, link FROM notifications WHERE person_id = $1 ORDER BY created_at', [person.id]);

/** A world with one supporter on shift now and a member who asks. */
async function givenAsking(program: Parameters<typeof givenPeerWorld>[1] = {}) {
  const w = await givenPeerWorld(t, program, 'Asking Hospital');
  const supporter = await givenSupporter(w, 'sup-sam');
  const asker = await givenPerson(w, 'ash-asker', { careerStage: 'pgy2' });
  const client = await w.as(asker);
  return { w, supporter, asker, client };
}

/** Closes a request as its supporter would have, `hoursAgo` hours ago. */
async function closedBy(w: PeerWorld, requestId: string, supporter: SeededPerson, hoursAgo = 1) {
  await w.query(
    `UPDATE peer_requests SET status = 'closed', claimed_by = $2, claimed_at = now() - interval '2 hours',
       first_contact_at = now() - interval '2 hours', closed_at = now() - make_interval(hours => $3),
       outcome = 'supported', length_band = '15_30', step_due_at = NULL
     WHERE id = $1`,
    [requestId, supporter.id, hoursAgo],
  );
}

describe('asking to talk to a peer', () => {
  it('stores the request, offers it to the supporter on shift at once, and shows it to its requester', async () => {
    const { w, supporter, asker, client } = await givenAsking();
    const asked = await client.post(`${w.api}/talk/requests`, { ...ASK, topic: 'aggression' });
    expect(asked.statusCode).toBe(201);
    const request = asked.json();
    expect(request).toMatchObject({
      topic: 'aggression',
      urgency: 'now',
      contactMethod: 'phone',
      contactDetail: '0400 000 000',
      anonymous: false,
      alias: null,
      stage: 'finding',
      supporterName: null,
      followUpUntil: null,
    });
    const offers = await w.query('SELECT person_id, step FROM peer_request_offers WHERE request_id = $1', [request.id]);
    expect(offers).toEqual([{ person_id: supporter.id, step: 0 }]);

    // Notified in-app and by e-mail, naming no one: the topic, how soon, and the link to the request.
    const link = `/o/${w.org.orgId}/peer-support/requests/${request.id}`;
    const [notice] = await notificationsOf(w, supporter);
    expect(notice).toMatchObject({ title: 'Someone asked to talk to a peer', link });
    expect(notice!.body).toContain('aggression or violence, now');
    const mail = await t.mail.next(supporter.email, { subject: /asked to talk/ });
    expect(mail.text).toContain(`http://kindred.test${link}`);
    for (const text of [notice!.body, mail.text, mail.subject]) {
      expect(text).not.toContain(asker.name);
      expect(text).not.toContain(asker.email);
    }

    const overview = await client.get(`${w.api}/talk`);
    expect(overview.statusCode).toBe(200);
    expect(overview.json()).toMatchObject({
      programName: 'Talk to a peer',
      ackMinutes: 30,
      followUpHours: 24,
      requests: [{ id: request.id, stage: 'finding' }],
      eventOffers: [],
      debriefInvitations: [],
    });
    expect((await client.get(`${w.api}/talk/requests/${request.id}`)).json()).toEqual(request);
  });

  it("keeps the requester's department and career stage on the request, for routing", async () => {
    const { w, asker } = await givenAsking();
    const client = await w.as(asker);
    const { id } = (await client.post(`${w.api}/talk/requests`, ASK)).json();
    const [row] = await w.query(
      'SELECT requester_id, requester_department_id, requester_career_stage, origin FROM peer_requests WHERE id = $1',
      [id],
    );
    expect(row).toEqual({
      requester_id: asker.id,
      requester_department_id: w.org.departmentId,
      requester_career_stage: 'pgy2',
      origin: 'asked',
    });
  });

  it('gives an anonymous requester an alias and keeps no contact detail', async () => {
    const { w, client } = await givenAsking();
    const asked = await client.post(`${w.api}/talk/requests`, {
      topic: 'moral_distress',
      urgency: 'today',
      contactMethod: 'chat',
      anonymous: true,
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ anonymous: true, contactMethod: 'chat', contactDetail: null });
    expect(asked.json().alias).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('answers bad input with 400 naming the field', async () => {
    const { w, client } = await givenAsking();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...ASK, contactDetail: undefined }, 'contactDetail'],
      [{ ...ASK, contactMethod: 'video', contactDetail: '' }, 'contactDetail'],
      [{ ...ASK, topic: 'gossip' }, 'topic'],
      [{ ...ASK, topic: 'supporter_debrief' }, 'topic'],
      [{ ...ASK, urgency: 'soonish' }, 'urgency'],
      [{ ...ASK, contactMethod: 'pigeon' }, 'contactMethod'],
      [{ ...ASK, anonymous: true, contactDetail: undefined }, 'contactMethod'],
      [{ ...ASK, contactMethod: 'chat', anonymous: true }, 'contactDetail'],
      [{ ...ASK, contactDetail: 'x'.repeat(201) }, 'contactDetail'],
    ];
    for (const [body, field] of cases) {
      const response = await client.post(`${w.api}/talk/requests`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json().error.field, JSON.stringify(body)).toBe(field);
    }
    expect(await w.query('SELECT id FROM peer_requests WHERE org_id = $1', [w.org.orgId])).toEqual([]);
  });

  it("answers 404 on every request route to anyone but its requester, another organisation's member too", async () => {
    const { w, client } = await givenAsking();
    const { id } = (await client.post(`${w.api}/talk/requests`, ASK)).json();
    const colleague = await w.as(await givenPerson(w, 'col-cara'));
    const other = await givenPeerWorld(t, {}, 'Elsewhere Hospital');
    const outsider = await other.as(other.org.member);
    for (const caller of [colleague, outsider]) {
      expect((await caller.get(`${w.api}/talk/requests/${id}`)).statusCode).toBe(404);
      expect((await caller.post(`${w.api}/talk/requests/${id}/cancel`)).statusCode).toBe(404);
      expect((await caller.post(`${w.api}/talk/requests/${id}/follow-up`)).statusCode).toBe(404);
      expect((await caller.get(`${other.api}/talk/requests/${id}`)).statusCode).toBe(404);
    }
    expect((await outsider.get(`${w.api}/talk`)).statusCode).toBe(404);
    expect((await outsider.post(`${w.api}/talk/requests`, ASK)).statusCode).toBe(404);
    expect((await colleague.get(`${w.api}/talk`)).json().requests).toEqual([]);
    const [row] = await w.query('SELECT status FROM peer_requests WHERE id = $1', [id]);
    expect(row!.status).toBe('waiting');
  });
});

describe('withdrawing a request', () => {
  it('cancels a waiting request, tells everyone it was offered to, and refuses a second cancel', async () => {
    const { w, client } = await givenAsking({ supportersPerStep: 2 });
    const second = await givenSupporter(w, 'sup-tia', { departmentId: await givenDepartment(w, 'Surgery') });
    const { id } = (await client.post(`${w.api}/talk/requests`, ASK)).json();
    const cancelled = await client.post(`${w.api}/talk/requests/${id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().stage).toBe('cancelled');
    const offered = await w.query('SELECT person_id FROM peer_request_offers WHERE request_id = $1', [id]);
    expect(offered).toHaveLength(2);
    for (const { person_id } of offered) {
      const titles = (await w.query('SELECT title FROM notifications WHERE person_id = $1', [person_id])).map(
        (n) => n.title,
      );
      expect(titles).toContain('A request was withdrawn');
    }
    expect(offered.map((o) => o.person_id)).toContain(second.id);

    const again = await client.post(`${w.api}/talk/requests/${id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('request_closed');
    // A cancelled request is no longer among the current ones, and no job routes it again.
    expect((await client.get(`${w.api}/talk`)).json().requests).toEqual([]);
    const [row] = await w.query('SELECT status, step_due_at, cancelled_at FROM peer_requests WHERE id = $1', [id]);
    expect(row).toMatchObject({ status: 'cancelled', step_due_at: null });
    expect(row!.cancelled_at).not.toBeNull();
  });

  it('tells the supporter who took it, by e-mail too; a closed request cannot be cancelled', async () => {
    const { w, supporter, client } = await givenAsking();
    const { id } = (await client.post(`${w.api}/talk/requests`, ASK)).json();
    await w.query(`UPDATE peer_requests SET status = 'claimed', claimed_by = $2, claimed_at = now() WHERE id = $1`, [
      id,
      supporter.id,
    ]);
    expect((await client.get(`${w.api}/talk/requests/${id}`)).json()).toMatchObject({
      stage: 'claimed',
      supporterName: 'Sup Sam',
    });
    expect((await client.post(`${w.api}/talk/requests/${id}/cancel`)).statusCode).toBe(200);
    const mail = await t.mail.next(supporter.email, { subject: /withdrawn/ });
    expect(mail.text).toContain('no need to contact them');

    const closed = (await client.post(`${w.api}/talk/requests`, ASK)).json();
    await closedBy(w, closed.id, supporter);
    const refused = await client.post(`${w.api}/talk/requests/${closed.id}/cancel`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('request_closed');
  });
});

describe('asking for a follow-up', () => {
  it('is open after closing, within the follow-up time, and tells the supporter', async () => {
    const { w, supporter, client } = await givenAsking();
    const { id } = (await client.post(`${w.api}/talk/requests`, ASK)).json();

    const early = await client.post(`${w.api}/talk/requests/${id}/follow-up`);
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('follow_up_closed');

    await closedBy(w, id, supporter);
    const mine = (await client.get(`${w.api}/talk/requests/${id}`)).json();
    expect(mine.stage).toBe('closed');
    expect(Date.parse(mine.followUpUntil)).toBeCloseTo(Date.parse(mine.closedAt) + 24 * 3_600_000, -3);
    // Closed within the follow-up window: still on the member's page.
    expect((await client.get(`${w.api}/talk`)).json().requests.map((r: { id: string }) => r.id)).toEqual([id]);

    const asked = await client.post(`${w.api}/talk/requests/${id}/follow-up`);
    expect(asked.statusCode).toBe(200);
    expect(asked.json().followUpRequestedAt).not.toBeNull();
    expect(asked.json().followUpUntil).toBeNull();
    const titles = (await notificationsOf(w, supporter)).map((n) => n.title);
    expect(titles).toContain('A follow-up was asked for');
    await t.mail.next(supporter.email, { subject: /follow-up/ });
    // Asking twice changes nothing and tells no one twice.
    expect((await client.post(`${w.api}/talk/requests/${id}/follow-up`)).statusCode).toBe(200);
    expect((await notificationsOf(w, supporter)).filter((n) => n.title === 'A follow-up was asked for')).toHaveLength(
      1,
    );
  });

  it('is closed once the follow-up time has passed, and the request leaves the page', async () => {
    const { w, supporter, client } = await givenAsking({ followUpHours: 12 });
    const { id } = (await client.post(`${w.api}/talk/requests`, ASK)).json();
    await closedBy(w, id, supporter, 13);
    expect((await client.get(`${w.api}/talk/requests/${id}`)).json().followUpUntil).toBeNull();
    const late = await client.post(`${w.api}/talk/requests/${id}/follow-up`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('follow_up_closed');
    expect((await client.get(`${w.api}/talk`)).json()).toMatchObject({ followUpHours: 12, requests: [] });
  });
});
