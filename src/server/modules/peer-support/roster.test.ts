import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import { givenPeerWorld, givenShift, givenSupporter, type PeerWorld } from '#test/fixtures-peer-support.ts';
import { materialiseShifts, remindShifts } from './roster.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A moment as a wall clock in the test organisations' zone: "Sat 22:00". */
const sydney = (iso: string | Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Australia/Sydney',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
const hoursBetween = (from: string | Date, to: string | Date) =>
  (new Date(to).getTime() - new Date(from).getTime()) / 3_600_000;

interface ShiftRow {
  id: string;
  starts_at: Date;
  ends_at: Date;
  person_id: string | null;
  changed_at: Date | null;
}
const shiftsOf = (w: PeerWorld, slotId: string) =>
  w.query(
    'SELECT id, starts_at, ends_at, person_id, changed_at FROM on_call_shifts WHERE slot_id = $1 ORDER BY starts_at',
    [slotId],
  ) as Promise<ShiftRow[]>;

/** Today's weekday in Sydney, 0 = Monday, and a weekday `ahead` days on. */
const sydneyWeekday = (ahead = 0) =>
  (['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const).indexOf(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Australia/Sydney', weekday: 'short' }).format(
      new Date(Date.now() + ahead * 86_400_000),
    ) as 'Mon',
  );

describe('the weekly roster', () => {
  it('makes a new slot’s shifts of the coming weeks at once, at its local hours, shown in the roster', async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const made = await w.lead.post(`${w.api}/peer-support/roster/slots`, {
      weekday: sydneyWeekday(2),
      startTime: '08:00',
      endTime: '16:00',
      personId: ann.id,
    });
    expect(made.statusCode).toBe(201);
    const slot = made.json();
    expect(slot).toMatchObject({ startTime: '08:00', endTime: '16:00', supporter: { id: ann.id, name: 'Ann Lee' } });

    const roster = (await w.lead.get(`${w.api}/peer-support/roster`)).json();
    expect(roster.slots).toEqual([slot]);
    // Two weeks ahead hold two of this weekday's shifts, each 08:00 to 16:00 in Sydney.
    expect(roster.shifts).toHaveLength(2);
    for (const shift of roster.shifts) {
      expect(shift).toMatchObject({ slotId: slot.id, supporter: { id: ann.id }, coverWanted: false });
      expect(sydney(shift.startsAt)).toMatch(/ 08:00$/);
      expect(sydney(shift.endsAt)).toMatch(/ 16:00$/);
    }
    // Four weeks are kept made.
    expect(await shiftsOf(w, slot.id)).toHaveLength(4);
  });

  it('keeps local hours across the daylight saving changes in Sydney, and runs a night slot past midnight', async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const slot = async (weekday: number, startTime: string, endTime: string) =>
      (
        await w.lead.post(`${w.api}/peer-support/roster/slots`, { weekday, startTime, endTime, personId: ann.id })
      ).json().id as string;
    const saturdayNight = await slot(5, '22:00', '06:00');
    const sundayDay = await slot(6, '08:00', '16:00');

    // Daylight saving starts at 2 a.m. on Sunday 4 October 2026: the night before is an hour shorter.
    await materialiseShifts(t.deps, new Date('2026-09-20T00:00:00Z'));
    const nights = (await shiftsOf(w, saturdayNight)).filter((s) => s.starts_at < new Date('2026-10-18T00:00:00Z'));
    expect(nights.map((s) => [s.starts_at.toISOString(), s.ends_at.toISOString()])).toEqual([
      ['2026-09-26T12:00:00.000Z', '2026-09-26T20:00:00.000Z'],
      ['2026-10-03T12:00:00.000Z', '2026-10-03T19:00:00.000Z'],
      ['2026-10-10T11:00:00.000Z', '2026-10-10T19:00:00.000Z'],
      ['2026-10-17T11:00:00.000Z', '2026-10-17T19:00:00.000Z'],
    ]);
    for (const night of nights) {
      expect(sydney(night.starts_at)).toBe('Sat 22:00');
      expect(sydney(night.ends_at)).toBe('Sun 06:00');
    }
    expect(nights.map((s) => hoursBetween(s.starts_at, s.ends_at))).toEqual([8, 7, 8, 8]);
    const days = (await shiftsOf(w, sundayDay)).filter((s) => s.starts_at < new Date('2026-10-18T00:00:00Z'));
    expect(days.map((s) => sydney(s.starts_at))).toEqual(['Sun 08:00', 'Sun 08:00', 'Sun 08:00', 'Sun 08:00']);
    expect(days.map((s) => s.starts_at.toISOString())).toContain('2026-10-03T21:00:00.000Z');

    // It ends at 3 a.m. on Sunday 4 April 2027: that night is an hour longer.
    await materialiseShifts(t.deps, new Date('2027-03-25T00:00:00Z'));
    const april = (await shiftsOf(w, saturdayNight)).find(
      (s) => s.starts_at.toISOString() === '2027-04-03T11:00:00.000Z',
    );
    expect(april?.ends_at.toISOString()).toBe('2027-04-03T20:00:00.000Z');
    expect(hoursBetween(april!.starts_at, april!.ends_at)).toBe(9);
  });

  it('is idempotent: running the job again makes nothing twice', async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const slot = (
      await w.lead.post(`${w.api}/peer-support/roster/slots`, {
        weekday: sydneyWeekday(1),
        startTime: '20:00',
        endTime: '08:00',
        personId: ann.id,
      })
    ).json();
    const before = await shiftsOf(w, slot.id);
    await materialiseShifts(t.deps);
    await materialiseShifts(t.deps);
    expect(await shiftsOf(w, slot.id)).toEqual(before);
    expect(before.length).toBeGreaterThanOrEqual(4);
  });

  it('moves a changed slot’s coming shifts to its new supporter and times, but keeps a shift the lead covered', async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const bo = await givenSupporter(w, 'bo-park', { onShift: false });
    const cy = await givenSupporter(w, 'cy-wu', { onShift: false });
    const url = `${w.api}/peer-support/roster/slots`;
    const slot = (
      await w.lead.post(url, { weekday: sydneyWeekday(3), startTime: '08:00', endTime: '16:00', personId: ann.id })
    ).json();
    const [first, ...rest] = await shiftsOf(w, slot.id);
    const covered = await w.lead.put(`${w.api}/peer-support/shifts/${first!.id}`, { personId: bo.id });
    expect(covered.statusCode).toBe(200);
    expect(covered.json()).toMatchObject({ id: first!.id, supporter: { id: bo.id, name: 'Bo Park' } });

    const changed = await w.lead.put(`${url}/${slot.id}`, {
      weekday: sydneyWeekday(3),
      startTime: '09:00',
      endTime: '17:00',
      personId: cy.id,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().supporter).toEqual({ id: cy.id, name: 'Cy Wu' });

    const after = await shiftsOf(w, slot.id);
    const kept = after.find((s) => s.id === first!.id);
    expect(kept).toMatchObject({ person_id: bo.id });
    expect(kept!.changed_at).not.toBeNull();
    const followed = after.filter((s) => s.id !== first!.id);
    expect(followed).toHaveLength(rest.length + 1);
    for (const s of followed) {
      expect(s.person_id).toBe(cy.id);
      expect(sydney(s.starts_at)).toMatch(/ 09:00$/);
    }
    expect(followed.some((s) => rest.some((r) => r.id === s.id))).toBe(false);

    await w.lead.delete(`${url}/${slot.id}`);
    expect(await shiftsOf(w, slot.id)).toEqual([]);
  });

  it('puts only peer supporters on slots and shifts, naming the field; refuses bad times', async () => {
    const w = await givenPeerWorld(t);
    const url = `${w.api}/peer-support/roster/slots`;
    const notSupporter = await w.lead.post(url, {
      weekday: 0,
      startTime: '08:00',
      endTime: '16:00',
      personId: w.org.member.id,
    });
    expect(notSupporter.statusCode).toBe(409);
    expect(notSupporter.json().error).toMatchObject({ code: 'not_a_supporter', field: 'personId' });
    const same = await w.lead.post(url, { weekday: 0, startTime: '08:00', endTime: '08:00', personId: null });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.field).toBe('endTime');
    const clock = await w.lead.post(url, { weekday: 0, startTime: '8am', endTime: '16:00', personId: null });
    expect(clock.json().error.field).toBe('startTime');
    const weekday = await w.lead.post(url, { weekday: 7, startTime: '08:00', endTime: '16:00', personId: null });
    expect(weekday.json().error.field).toBe('weekday');

    const { shiftId } = await givenShift(w, null, { startsAt: new Date(Date.now() + 3_600_000) });
    const assign = await w.lead.put(`${w.api}/peer-support/shifts/${shiftId}`, { personId: w.org.member.id });
    expect(assign.statusCode).toBe(409);
    expect(assign.json().error).toMatchObject({ code: 'not_a_supporter', field: 'personId' });
  });

  it('is the lead’s: 403 to a supporter, 404 to another organisation and for its slots and shifts', async () => {
    const w = await givenPeerWorld(t);
    const other = await givenPeerWorld(t, {}, 'Elsewhere');
    const ann = await givenSupporter(w, 'ann-lee');
    const { slotId, shiftId } = await givenShift(w, ann.id);
    expect((await (await w.as(ann)).get(`${w.api}/peer-support/roster`)).statusCode).toBe(403);
    expect((await other.lead.get(`${w.api}/peer-support/roster`)).statusCode).toBe(404);
    const body = { weekday: 0, startTime: '08:00', endTime: '16:00', personId: null };
    expect((await other.lead.put(`${other.api}/peer-support/roster/slots/${slotId}`, body)).statusCode).toBe(404);
    expect((await other.lead.delete(`${other.api}/peer-support/roster/slots/${slotId}`)).statusCode).toBe(404);
    expect((await other.lead.put(`${other.api}/peer-support/shifts/${shiftId}`, { personId: null })).statusCode).toBe(
      404,
    );
    expect((await w.query('SELECT person_id FROM on_call_shifts WHERE id = $1', [shiftId]))[0]!.person_id).toBe(ann.id);
  });
});

describe('swaps and cover', () => {
  /** Ann's shift tomorrow, and two more supporters who could take it. */
  async function givenAnnsShift() {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const bo = await givenSupporter(w, 'bo-park', { onShift: false });
    const cy = await givenSupporter(w, 'cy-wu', { onShift: false });
    const { shiftId } = await givenShift(w, ann.id, { startsAt: new Date(Date.now() + 86_400_000) });
    return { w, ann, bo, cy, shiftId, url: `${w.api}/peer-support/shifts/${shiftId}` };
  }

  it('lets two supporters race to cover a shift: exactly one gets it, and its supporter is told', async () => {
    const { w, ann, bo, cy, url } = await givenAnnsShift();
    const wanted = await (await w.as(ann)).post(`${url}/cover-wanted`, { wanted: true });
    expect(wanted.statusCode).toBe(200);
    expect(wanted.json()).toMatchObject({ coverWanted: true, supporter: { id: ann.id } });

    const [boApi, cyApi] = await Promise.all([w.as(bo), w.as(cy)]);
    const answers = await Promise.all([boApi.post(`${url}/take`), cyApi.post(`${url}/take`)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const lost = answers.find((a) => a.statusCode === 409)!;
    expect(lost.json().error.code).toBe('shift_taken');
    const won = answers.find((a) => a.statusCode === 200)!.json();
    expect(won.coverWanted).toBe(false);
    expect([bo.id, cy.id]).toContain(won.supporter.id);

    const notes = await w.query('SELECT title FROM notifications WHERE person_id = $1', [ann.id]);
    expect(notes).toEqual([{ title: `${won.supporter.name} is covering your shift` }]);
    const mail = await t.mail.next(ann.email, { subject: /is covering your shift/ });
    expect(mail.text).toContain(won.supporter.name);
  });

  it('lets a supporter take an empty shift, or one whose supporter is on a break; not one that is covered', async () => {
    const w = await givenPeerWorld(t);
    const bo = await givenSupporter(w, 'bo-park', { onShift: false });
    const resting = await givenSupporter(w, 'rae-rest', { onShift: false, breakUntil: '2999-01-01' });
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const tomorrow = { startsAt: new Date(Date.now() + 86_400_000) };
    const empty = await givenShift(w, null, tomorrow);
    const onBreak = await givenShift(w, resting.id, tomorrow);
    const annsOwn = await givenShift(w, ann.id, tomorrow);
    const boApi = await w.as(bo);
    const take = (shiftId: string) => boApi.post(`${w.api}/peer-support/shifts/${shiftId}/take`);
    expect((await take(empty.shiftId)).json().supporter.id).toBe(bo.id);
    expect((await take(onBreak.shiftId)).json().supporter.id).toBe(bo.id);
    const covered = await take(annsOwn.shiftId);
    expect(covered.statusCode).toBe(409);
    expect(covered.json().error.code).toBe('shift_taken');
    const other = await givenPeerWorld(t, {}, 'Elsewhere');
    const stranger = await givenSupporter(other, 'sol-far', { onShift: false });
    expect(
      (await (await other.as(stranger)).post(`${other.api}/peer-support/shifts/${empty.shiftId}/take`)).statusCode,
    ).toBe(404);
  });

  it('takes cover requests only from the shift’s own supporter, and only before it starts', async () => {
    const { w, ann, bo, url } = await givenAnnsShift();
    const byOther = await (await w.as(bo)).post(`${url}/cover-wanted`, { wanted: true });
    expect(byOther.statusCode).toBe(403);
    const started = await givenShift(w, ann.id);
    const late = await (
      await w.as(ann)
    ).post(`${w.api}/peer-support/shifts/${started.shiftId}/cover-wanted`, {
      wanted: true,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('shift_started');
    const bad = await (await w.as(ann)).post(`${url}/cover-wanted`, { wanted: 'yes' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toBe('wanted');
    expect((await (await w.as(w.org.member)).post(`${url}/take`)).statusCode).toBe(403);
  });
});

describe('shift reminders', () => {
  it('reminds a supporter once, in Kindred and by e-mail, the program’s hours before their shift', async () => {
    const w = await givenPeerWorld(t, { shiftReminderHours: 6 });
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const bo = await givenSupporter(w, 'bo-park', { onShift: false });
    const resting = await givenSupporter(w, 'rae-rest', { onShift: false, breakUntil: '2999-01-01' });
    const soon = { startsAt: new Date(Date.now() + 2 * 3_600_000) };
    await givenShift(w, ann.id, soon);
    await givenShift(w, resting.id, soon);
    await givenShift(w, bo.id, { startsAt: new Date(Date.now() + 8 * 3_600_000) });

    await remindShifts(t.deps);
    await remindShifts(t.deps);
    const notes = async (personId: string) =>
      w.query('SELECT title FROM notifications WHERE person_id = $1', [personId]);
    expect(await notes(ann.id)).toEqual([{ title: 'You are on call soon' }]);
    expect(await notes(bo.id)).toEqual([]);
    expect(await notes(resting.id)).toEqual([]);
    const mail = await t.mail.next(ann.email, { subject: /You are on call/ });
    expect(mail.text).toContain('Hello Ann Lee');
    const queued = await w.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'email.send' AND data->>'to' = $1`,
      [ann.email],
    );
    expect(queued[0]!.n).toBe(1);

    // Bo's shift comes within six hours: he is reminded then, once.
    await w.query(`UPDATE on_call_shifts SET starts_at = now() + interval '5 hours' WHERE person_id = $1`, [bo.id]);
    await remindShifts(t.deps);
    await remindShifts(t.deps);
    expect(await notes(bo.id)).toEqual([{ title: 'You are on call soon' }]);
  });

  it('reminds whoever took the shift, not the one it was taken from', async () => {
    const w = await givenPeerWorld(t);
    const ann = await givenSupporter(w, 'ann-lee', { onShift: false });
    const bo = await givenSupporter(w, 'bo-park', { onShift: false });
    const { shiftId } = await givenShift(w, ann.id, { startsAt: new Date(Date.now() + 3 * 3_600_000) });
    await w.lead.put(`${w.api}/peer-support/shifts/${shiftId}`, { personId: bo.id });
    await remindShifts(t.deps);
    const reminded = await w.query(
      `SELECT person_id FROM notifications WHERE title = 'You are on call soon' AND org_id = $1`,
      [w.org.orgId],
    );
    expect(reminded).toEqual([{ person_id: bo.id }]);
  });
});
