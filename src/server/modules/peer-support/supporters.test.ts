import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import type { SeededPerson } from '#test/fixtures.ts';
import {
  dayFromToday as day,
  givenPeerWorld,
  givenPerson,
  givenShift,
  givenSupporter,
  type PeerWorld,
} from '#test/fixtures-peer-support.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HOUR = 3_600_000;
const inHours = (hours: number) => ({ startsAt: new Date(Date.now() + hours * HOUR) });

/** Requests `supporter` claimed `daysAgo` days ago; `open` of them still open. */
async function givenClaimed(w: PeerWorld, supporter: SeededPerson, count: number, daysAgo = 1, open = 0) {
  for (let i = 0; i < count; i += 1) {
    await w.query(
      `INSERT INTO peer_requests (org_id, requester_id, topic, urgency, contact_method, status, claimed_by, claimed_at)
       VALUES ($1, $2, 'code_debrief', 'now', 'chat', $3, $4, now() - make_interval(days => $5))`,
      [w.org.orgId, w.org.member.id, i < open ? 'claimed' : 'closed', supporter.id, daysAgo],
    );
  }
}

const givenPhone = (w: PeerWorld, person: SeededPerson) =>
  w.query(`UPDATE members SET contact_phone = '0400 111 222' WHERE org_id = $1 AND person_id = $2`, [
    w.org.orgId,
    person.id,
  ]);

describe('a supporter’s own view', () => {
  it('shows their training, supervisor and sessions, cap and load, and their shifts and those wanting cover', async () => {
    const w = await givenPeerWorld(t, { defaultWeeklyCap: 4 });
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const bo = await givenSupporter(w, 'bo-park', { onShift: false });
    const sue = await givenPerson(w, 'sue-pervisor', { roles: ['member', 'supervisor'] });
    await w.lead.put(`${w.api}/peer-support/supporters/${ann.id}`, { weeklyCap: null, supervisorId: sue.id });
    await givenClaimed(w, ann, 2, 1, 1);
    await givenClaimed(w, ann, 3, 9);
    const mine = await givenShift(w, ann.id, inHours(30));
    const bos = await givenShift(w, bo.id, inHours(40));
    await w.query('UPDATE on_call_shifts SET cover_wanted = TRUE WHERE id = $1', [bos.shiftId]);
    const empty = await givenShift(w, null, inHours(50));
    await givenShift(w, null, inHours(24 * 20));
    const annApi = await w.as(ann);

    const logged = await annApi.post(`${w.api}/peer-support/me/supervision`, { heldOn: day(-3), minutes: 60 });
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({ heldOn: day(-3), minutes: 60, supervisor: { id: sue.id } });

    const me = (await annApi.get(`${w.api}/peer-support/me`)).json();
    expect(me).toMatchObject({
      trained: true,
      training: [{ title: 'Peer responder training', expiresOn: day(365) }],
      supervisor: { id: sue.id, name: 'Sue Pervisor' },
      supervision: [{ heldOn: day(-3), minutes: 60, supervisor: { id: sue.id, name: 'Sue Pervisor' } }],
      supervisionOverdue: false,
      weeklyCap: 4,
      loadThisWeek: 2,
      openRequests: 1,
      breakUntil: null,
    });
    expect(me.shifts.map((s: { id: string }) => s.id)).toEqual([mine.shiftId]);
    expect(me.coverWanted.map((s: { id: string }) => s.id)).toEqual([bos.shiftId, empty.shiftId]);
    expect(me.coverWanted[0]).toMatchObject({ coverWanted: true, supporter: { id: bo.id, name: 'Bo Park' } });
  });

  it('is overdue for supervision once the program’s interval has passed since the last session', async () => {
    const w = await givenPeerWorld(t, { supervisionEveryDays: 30 });
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false, trainedUntil: day(-1) });
    const annApi = await w.as(ann);
    const me = async () => (await annApi.get(`${w.api}/peer-support/me`)).json();
    // A new supporter is not overdue from their first day.
    expect((await me()).supervisionOverdue).toBe(false);
    expect((await me()).trained).toBe(false);
    await w.query(`UPDATE peer_supporters SET created_at = now() - interval '100 days' WHERE person_id = $1`, [ann.id]);
    expect((await me()).supervisionOverdue).toBe(true);
    await annApi.post(`${w.api}/peer-support/me/supervision`, { heldOn: day(-40), minutes: 45 });
    expect((await me()).supervisionOverdue).toBe(true);
    await annApi.post(`${w.api}/peer-support/me/supervision`, { heldOn: day(-10), minutes: 45 });
    expect((await me()).supervisionOverdue).toBe(false);

    const future = await annApi.post(`${w.api}/peer-support/me/supervision`, { heldOn: day(2), minutes: 45 });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.field).toBe('heldOn');
    const short = await annApi.post(`${w.api}/peer-support/me/supervision`, { heldOn: day(-1), minutes: 2 });
    expect(short.json().error.field).toBe('minutes');
  });

  it('takes a break with no reason asked: off their shifts until then, which the lead sees as empty', async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const during = await givenShift(w, ann.id, inHours(26));
    const after = await givenShift(w, ann.id, inHours(24 * 6));
    const annApi = await w.as(ann);
    const url = `${w.api}/peer-support/me/break`;

    const past = await annApi.put(url, { until: day(-2) });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.field).toBe('until');
    expect((await annApi.put(url, { reason: 'tired' })).json().error.field).toBe('until');

    // Until the day after tomorrow (Sydney's date may already be UTC's tomorrow): the shift 26 hours on is in it.
    const taken = await annApi.put(url, { until: day(2) });
    expect(taken.statusCode).toBe(200);
    expect(taken.json().breakUntil).toBe(day(2));
    expect(taken.json().shifts.map((s: { id: string }) => s.id)).toEqual([after.shiftId]);

    const coverage = (await w.lead.get(`${w.api}/peer-support/coverage`)).json();
    expect(coverage.emptyShifts).toEqual([expect.objectContaining({ id: during.shiftId, supporter: null })]);
    const listed = (await w.lead.get(`${w.api}/peer-support/supporters`)).json().supporters;
    expect(listed[0]).toMatchObject({ supporter: { id: ann.id }, onBreak: true });

    const back = (await annApi.put(url, { until: null })).json();
    expect(back.breakUntil).toBeNull();
    expect(back.shifts.map((s: { id: string }) => s.id)).toEqual([during.shiftId, after.shiftId]);
    expect((await w.lead.get(`${w.api}/peer-support/coverage`)).json().emptyShifts).toEqual([]);
  });

  it('asks a peer for a debrief for themselves', async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee');
    const asked = await (await w.as(ann)).post(`${w.api}/peer-support/me/debrief`, { contactMethod: 'chat' });
    expect(asked.statusCode).toBe(201);
    const [request] = await w.query('SELECT requester_id, topic, status FROM peer_requests WHERE id = $1', [
      asked.json().id,
    ]);
    expect(request).toEqual({ requester_id: ann.id, topic: 'supporter_debrief', status: 'waiting' });
    // Ann is the one supporter on shift, yet her own debrief is never offered to her.
    const offers = await w.query('SELECT person_id FROM peer_request_offers WHERE request_id = $1', [asked.json().id]);
    expect(offers).not.toContainEqual({ person_id: ann.id });
    const noNumber = await (await w.as(ann)).post(`${w.api}/peer-support/me/debrief`, { contactMethod: 'phone' });
    expect(noNumber.statusCode).toBe(400);
    expect(noNumber.json().error.field).toBe('contactDetail');
  });

  it('is for peer supporters: 403 to a member without the role, 404 to another organisation', async () => {
    const w = await givenPeerWorld(t);
    const other = await givenPeerWorld(t, {}, 'Elsewhere');
    const stranger = await givenSupporter(other, 'sol-far');
    const member = await w.as(w.org.member);
    expect((await member.get(`${w.api}/peer-support/me`)).statusCode).toBe(403);
    expect((await member.put(`${w.api}/peer-support/me/break`, { until: null })).statusCode).toBe(403);
    expect((await w.lead.get(`${w.api}/peer-support/me`)).statusCode).toBe(403);
    const strangerApi = await other.as(stranger);
    expect((await strangerApi.get(`${w.api}/peer-support/me`)).statusCode).toBe(404);
    expect((await strangerApi.post(`${w.api}/peer-support/me/debrief`, { contactMethod: 'chat' })).statusCode).toBe(
      404,
    );
  });
});

describe('the lead’s supporters', () => {
  it('lists everyone with the role, and sets their cap and named supervisor (a member of the organisation)', async () => {
    const w = await givenPeerWorld(t, { defaultWeeklyCap: 3 });
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    await givenSupporter(w, 'bo-park', { onShift: false, trainedUntil: null });
    const sue = await givenPerson(w, 'sue-pervisor', { roles: ['member', 'supervisor'] });
    await givenClaimed(w, ann, 2);
    const url = `${w.api}/peer-support/supporters`;

    const list = (await w.lead.get(url)).json().supporters;
    expect(list.map((s: { supporter: { name: string } }) => s.supporter.name)).toEqual(['Ann Lee', 'Bo Park']);
    expect(list[0]).toMatchObject({
      trainedUntil: day(365),
      weeklyCap: 3,
      ownCap: null,
      loadThisWeek: 2,
      onBreak: false,
      supervisor: null,
      lastSupervisionOn: null,
      supervisionOverdue: false,
    });
    expect(list[1]).toMatchObject({ trainedUntil: null, training: [] });

    const set = await w.lead.put(`${url}/${ann.id}`, { weeklyCap: 5, supervisorId: sue.id });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ weeklyCap: 5, ownCap: 5, supervisor: { id: sue.id, name: 'Sue Pervisor' } });

    const other = await givenPeerWorld(t, {}, 'Elsewhere');
    const outsider = await w.lead.put(`${url}/${ann.id}`, { weeklyCap: 5, supervisorId: other.org.member.id });
    expect(outsider.statusCode).toBe(400);
    expect(outsider.json().error.field).toBe('supervisorId');
    const self = await w.lead.put(`${url}/${ann.id}`, { weeklyCap: 5, supervisorId: ann.id });
    expect(self.json().error.field).toBe('supervisorId');
    const cap = await w.lead.put(`${url}/${ann.id}`, { weeklyCap: 0, supervisorId: null });
    expect(cap.json().error.field).toBe('weeklyCap');
    expect((await w.lead.put(`${url}/${w.org.member.id}`, { weeklyCap: 2, supervisorId: null })).statusCode).toBe(404);
    expect((await w.lead.put(`${url}/${other.org.member.id}`, { weeklyCap: 2, supervisorId: null })).statusCode).toBe(
      404,
    );

    const session = await w.lead.post(`${url}/${ann.id}/supervision`, { heldOn: day(-1), minutes: 50 });
    expect(session.statusCode).toBe(201);
    expect(session.json().supervisor).toEqual({ id: sue.id, name: 'Sue Pervisor' });
    expect((await w.lead.get(url)).json().supporters[0].lastSupervisionOn).toBe(day(-1));
  });

  it('records and removes training, which decides who counts as trained', async () => {
    const w = await givenPeerWorld(t);
    const bo = await givenSupporter(w, 'bo-park', { onShift: false, trainedUntil: null });
    const url = `${w.api}/peer-support/supporters/${bo.id}/training`;
    const body = { title: 'Psychological first aid', completedOn: day(-10), expiresOn: day(700) };
    const made = await w.lead.post(url, body);
    expect(made.statusCode).toBe(201);
    expect(made.json()).toMatchObject(body);
    const summary = async () => (await w.lead.get(`${w.api}/peer-support/supporters`)).json().supporters[0];
    expect((await summary()).trainedUntil).toBe(day(700));

    const backwards = await w.lead.post(url, { ...body, expiresOn: day(-20) });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.field).toBe('expiresOn');
    const ahead = await w.lead.post(url, { ...body, completedOn: day(5) });
    expect(ahead.json().error.field).toBe('completedOn');
    expect((await w.lead.post(url, { ...body, title: ' ' })).json().error.field).toBe('title');

    const other = await givenPeerWorld(t, {}, 'Elsewhere');
    expect(
      (await other.lead.delete(`${other.api}/peer-support/supporters/${bo.id}/training/${made.json().id}`)).statusCode,
    ).toBe(404);
    expect((await w.lead.delete(`${url}/${made.json().id}`)).statusCode).toBe(204);
    expect((await summary()).trainedUntil).toBeNull();
    expect((await w.lead.delete(`${url}/${made.json().id}`)).statusCode).toBe(404);
    expect((await w.lead.post(`${w.api}/peer-support/supporters/${w.org.member.id}/training`, body)).statusCode).toBe(
      404,
    );
  });

  it('is for lead roles: 403 to a supporter, 404 to another organisation', async () => {
    const w = await givenPeerWorld(t);
    const other = await givenPeerWorld(t, {}, 'Elsewhere');
    const ann = await givenSupporter(w, 'ann-lee');
    const annApi = await w.as(ann);
    expect((await annApi.get(`${w.api}/peer-support/supporters`)).statusCode).toBe(403);
    expect((await annApi.get(`${w.api}/peer-support/coverage`)).statusCode).toBe(403);
    expect(
      (await annApi.put(`${w.api}/peer-support/supporters/${ann.id}`, { weeklyCap: 50, supervisorId: null }))
        .statusCode,
    ).toBe(403);
    expect((await other.lead.get(`${w.api}/peer-support/supporters`)).statusCode).toBe(404);
    expect((await other.lead.get(`${w.api}/peer-support/coverage`)).statusCode).toBe(404);
  });
});

describe('the coverage panel', () => {
  it('lists this week’s shifts nobody is on, and supporters unreachable, at their cap, unsupervised or untrained', async () => {
    const w = await givenPeerWorld(t, { defaultWeeklyCap: 2, supervisionEveryDays: 30 });
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const bo = await givenSupporter(w, 'bo-park', { onShift: false, trainedUntil: day(-5) });
    const cy = await givenSupporter(w, 'cy-wu', { onShift: false, trainedUntil: null });
    const ida = await givenSupporter(w, 'ida-invited', { onShift: false });
    for (const person of [ann, bo, cy]) await givenPhone(w, person);
    await w.query(`UPDATE members SET status = 'invited' WHERE person_id = $1`, [ida.id]);
    await givenClaimed(w, ann, 2);
    await givenClaimed(w, bo, 1);
    await w.query(`UPDATE peer_supporters SET created_at = now() - interval '90 days' WHERE person_id = $1`, [cy.id]);

    const empty = await givenShift(w, null, inHours(30));
    const wanted = await givenShift(w, bo.id, inHours(50));
    await w.query('UPDATE on_call_shifts SET cover_wanted = TRUE WHERE id = $1', [wanted.shiftId]);
    await givenShift(w, ann.id, inHours(60));
    await givenShift(w, null, inHours(24 * 8));

    const coverage = (await w.lead.get(`${w.api}/peer-support/coverage`)).json();
    expect(coverage.emptyShifts.map((s: { id: string }) => s.id)).toEqual([empty.shiftId, wanted.shiftId]);
    expect(coverage.emptyShifts[1]).toMatchObject({ coverWanted: true, supporter: { id: bo.id } });
    expect(coverage.noWorkingContact).toEqual([
      {
        supporter: { id: ida.id, name: expect.any(String) },
        reason: 'Has never signed in, so nothing Kindred sends reaches them; has no phone number on their profile',
      },
    ]);
    expect(coverage.overCap).toEqual([{ supporter: { id: ann.id, name: 'Ann Lee' }, load: 2, cap: 2 }]);
    expect(coverage.supervisionOverdue).toEqual([{ supporter: { id: cy.id, name: 'Cy Wu' }, lastOn: null }]);
    expect(coverage.trainingExpired).toEqual([
      { supporter: { id: bo.id, name: 'Bo Park' }, expiredOn: day(-5) },
      { supporter: { id: cy.id, name: 'Cy Wu' }, expiredOn: null },
    ]);
  });

  it('shows a supporter who lost the role as gone from their shifts', async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const { shiftId } = await givenShift(w, ann.id, inHours(10));
    await w.query(`UPDATE members SET roles = '{member}' WHERE person_id = $1`, [ann.id]);
    const coverage = (await w.lead.get(`${w.api}/peer-support/coverage`)).json();
    expect(coverage.emptyShifts).toEqual([expect.objectContaining({ id: shiftId, supporter: null })]);
    expect(coverage.trainingExpired).toEqual([]);
  });
});
