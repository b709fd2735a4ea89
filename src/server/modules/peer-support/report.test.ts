import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '#test/api.ts';
import { givenPeerWorld, givenPerson, givenSupporter, type PeerWorld } from '#test/fixtures-peer-support.ts';
import { breakdown, lastMonths } from './report.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const HIDDEN = { suppressed: true, value: null };
const shown = (value: number) => ({ suppressed: false, value });

/** The 11th of the month `back` months before this one, in the organisation's zone (Sydney). */
const monthsAgo = (back: number) =>
  `((date_trunc('month', now() AT TIME ZONE 'Australia/Sydney') - interval '${back} months' + interval '10 days')
    AT TIME ZONE 'Australia/Sydney')`;

interface SeededRequest {
  back: 0 | 1 | 2;
  topic: string;
  outcome?: string;
  /** Minutes from asking to first contact. */
  contactAfter?: number;
  /** Minutes from asking to the claim. */
  claimAfter?: number;
  reroutes?: number;
  /** Erased after retention: no requester any more. */
  erased?: boolean;
  claimedBy?: string;
}

/** Past requests written straight into the table, as months of use would have left them. */
async function givenRequests(w: PeerWorld, rows: SeededRequest[]) {
  for (const r of rows) {
    const at = r.back === 0 ? `now() - interval '1 minute'` : monthsAgo(r.back);
    const after = (minutes: number | undefined) =>
      minutes === undefined ? 'NULL' : `${at} + interval '${minutes} minutes'`;
    const status = r.outcome ? 'closed' : r.claimAfter !== undefined ? 'claimed' : 'waiting';
    await w.query(
      `INSERT INTO peer_requests (org_id, requester_id, topic, urgency, contact_method, status, created_at, claimed_at,
         claimed_by, first_contact_at, closed_at, outcome, length_band, reroutes, erased_at)
       VALUES ($1, $2, $3, 'now', 'chat', $4, ${at}, ${after(r.claimAfter)}, $5, ${after(r.contactAfter)},
         ${r.outcome ? `${at} + interval '3 hours'` : 'NULL'}, $6, $7, $8, ${r.erased ? 'now()' : 'NULL'})`,
      [
        w.org.orgId,
        r.erased ? null : w.org.member.id,
        r.topic,
        status,
        r.claimedBy ?? null,
        r.outcome ?? null,
        r.outcome ? '15_30' : null,
        r.reroutes ?? 0,
      ],
    );
  }
}

const repeat = <T>(n: number, make: (i: number) => T) => Array.from({ length: n }, (_, i) => make(i));

/**
 * Last month: 17 requests (7 aggression, 6 training and exams, 4 adverse events), all closed (6 supported,
 * 5 follow-ups booked, 5 referred, 1 escalated), first contact after 10, 20 … 170 minutes, 12 claimed within the
 * 30 minutes of step 0 and 5 after a re-route, 3 of them erased after retention. The month before: 3 requests.
 * A debrief held last month.
 */
async function givenPastMonths(w: PeerWorld) {
  const outcomes = [...repeat(6, () => 'supported'), ...repeat(5, () => 'follow_up_booked')];
  outcomes.push(...repeat(5, () => 'referred'), 'escalated');
  const topics = [...repeat(7, () => 'aggression'), ...repeat(6, () => 'training_exams')];
  topics.push(...repeat(4, () => 'adverse_event'));
  await givenRequests(
    w,
    repeat(17, (i) => ({
      back: 1,
      topic: topics[i]!,
      outcome: outcomes[i]!,
      contactAfter: (i + 1) * 10,
      claimAfter: i < 12 ? 5 : 45,
      reroutes: i < 12 ? 0 : 1,
      erased: i < 3,
    })),
  );
  await givenRequests(w, [
    { back: 2, topic: 'aggression', outcome: 'supported', contactAfter: 5, claimAfter: 2 },
    { back: 2, topic: 'aggression', outcome: 'supported', contactAfter: 5, claimAfter: 2 },
    { back: 2, topic: 'moral_distress', outcome: 'referred', contactAfter: 5, claimAfter: 2 },
  ]);
  await w.query(
    `INSERT INTO team_debriefs (org_id, event_on, status, starts_at, held_at)
     VALUES ($1, (${monthsAgo(1)})::date - 1, 'held', ${monthsAgo(1)}, ${monthsAgo(1)})`,
    [w.org.orgId],
  );
}

/** Five supporters who took 3, 2, 1, 0 and 0 requests this week. */
async function givenSupporterLoads(w: PeerWorld) {
  const loads = [3, 2, 1, 0, 0];
  for (const [i, load] of loads.entries()) {
    const supporter = await givenSupporter(w, `sup-${i}`, { onShift: false });
    await givenRequests(
      w,
      repeat(load, () => ({ back: 0, topic: 'training_exams', claimAfter: 1, claimedBy: supporter.id })),
    );
  }
}

describe('the lead’s report', () => {
  it('counts per month by topic and outcome, times to first contact, acknowledged in time, re-routes, debriefs, load', async () => {
    const w = await givenPeerWorld(t, {}, 'Report Hospital');
    await givenPastMonths(w);
    await givenSupporterLoads(w);
    const res = await w.lead.get(`${w.api}/peer-support/report?months=3`);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report.months.map((m: { month: string }) => m.month)).toEqual(lastMonths(report.months[2].month + '-15', 3));
    const [before, last, now] = report.months;
    const topic = (m: typeof last, key: string) => m.byTopic.find((c: { topic: string }) => c.topic === key).count;
    const outcome = (m: typeof last, key: string) =>
      m.outcomes.find((c: { outcome: string }) => c.outcome === key).count;

    expect(last.requests).toEqual(shown(17));
    expect([topic(last, 'aggression'), topic(last, 'training_exams'), topic(last, 'adverse_event')]).toEqual([
      shown(7),
      shown(6),
      HIDDEN,
    ]);
    // One outcome under 5 (escalated, 1) and the total shown: the next smallest (follow-ups, 5) is hidden with it.
    expect(['supported', 'follow_up_booked', 'referred', 'escalated'].map((o) => outcome(last, o))).toEqual([
      shown(6),
      HIDDEN,
      shown(5),
      HIDDEN,
    ]);
    expect(last.medianMinutesToContact).toEqual(shown(90));
    expect(last.p90MinutesToContact).toEqual(shown(160));
    expect(last.acknowledgedInTimePercent).toEqual(shown(71));
    expect(last.reroutes).toEqual(shown(5));
    expect(last.debriefsHeld).toEqual(shown(1));

    // Three requests: nothing of that month is shown, not even how many.
    expect(before.requests).toEqual(HIDDEN);
    expect([...before.byTopic, ...before.outcomes].map((c: { count: object }) => c.count)).toEqual(
      repeat(12, () => HIDDEN),
    );
    expect([before.medianMinutesToContact, before.p90MinutesToContact, before.acknowledgedInTimePercent]).toEqual([
      HIDDEN,
      HIDDEN,
      HIDDEN,
    ]);
    expect(now.requests).toEqual(shown(6));

    // The total adds up what is shown: the hidden month and hidden cells add nothing that could be subtracted out.
    expect(report.total.requests).toEqual(shown(23));
    expect(topic(report.total, 'aggression')).toEqual(shown(7));
    expect(topic(report.total, 'moral_distress')).toEqual(HIDDEN);
    expect(topic(report.total, 'training_exams')).toEqual(shown(12));
    expect(outcome(report.total, 'referred')).toEqual(shown(5));
    expect(outcome(report.total, 'follow_up_booked')).toEqual(HIDDEN);

    expect(report.supporters).toEqual({ count: 5, medianLoad: shown(1), maxLoad: shown(3) });
    expect(res.body).not.toContain(w.org.member.name);
    expect(res.body).not.toContain('Sup 0');
  });

  it('hides the supporters’ load under 5 supporters, and lets only the lead see the report', async () => {
    const w = await givenPeerWorld(t, {}, 'Small Report Hospital');
    for (const key of ['sup-a', 'sup-b', 'sup-c', 'sup-d']) await givenSupporter(w, key, { onShift: false });
    const report = (await w.lead.get(`${w.api}/peer-support/report`)).json();
    expect(report.months).toHaveLength(12);
    expect(report.supporters).toEqual({ count: 4, medianLoad: HIDDEN, maxLoad: HIDDEN });
    expect(report.total.requests).toEqual(HIDDEN);

    const supervisor = await givenPerson(w, 'sup-visor', { roles: ['member', 'supervisor'] });
    expect((await (await w.as(supervisor)).get(`${w.api}/peer-support/report`)).statusCode).toBe(403);
    expect((await (await w.as(w.org.member)).get(`${w.api}/peer-support/report.csv`)).statusCode).toBe(403);
    for (const months of ['0', '25', 'many']) {
      const bad = await w.lead.get(`${w.api}/peer-support/report?months=${months}`);
      expect([bad.statusCode, bad.json().error.field]).toEqual([400, 'months']);
    }
    const other = await givenPeerWorld(t, {}, 'Other Report Hospital');
    expect((await other.lead.get(`${w.api}/peer-support/report`)).statusCode).toBe(404);
    expect((await other.lead.get(`${w.api}/peer-support/report.csv`)).statusCode).toBe(404);
  });

  it('exports the same figures as CSV, every hidden one as "fewer than 5" and never its value', async () => {
    const w = await givenPeerWorld(t, {}, 'CSV Report Hospital');
    await givenPastMonths(w);
    const json = (await w.lead.get(`${w.api}/peer-support/report?months=3`)).json();
    const res = await w.lead.get(`${w.api}/peer-support/report.csv?months=3`);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+\.csv"/);
    const lines = res.body.trimEnd().split('\r\n');
    const last = lines.find((l) => l.startsWith(json.months[1].month))!.split(',');
    expect(last.slice(0, 10)).toEqual(['' + json.months[1].month, '17', '7', '6', ...repeat(6, () => 'fewer than 5')]);
    // Outcomes (supported, follow-ups, referred, escalated), then the times, in time, re-routes and debriefs.
    expect(last.slice(10)).toEqual(['6', 'fewer than 5', '5', 'fewer than 5', '90', '160', '71', '5', '1']);
    const before = lines.find((l) => l.startsWith(json.months[0].month))!.split(',');
    expect(before.slice(1, 18)).toEqual(repeat(17, () => 'fewer than 5'));
    expect(
      lines
        .find((l) => l.startsWith('total'))!
        .split(',')
        .slice(0, 4),
    ).toEqual(['total', '17', '7', '6']);
    // The hidden values of the seeded months (4 adverse events, 5 follow-ups, 1 escalated; 3, 2, 1 the month
    // before) appear nowhere: every cell is a shown figure or "fewer than 5".
    const cells = lines.slice(1, 5).flatMap((l) => l.split(',').slice(1));
    const allowed = new Set(['fewer than 5', '17', '7', '6', '5', '90', '160', '71', '1', '0']);
    expect(cells.filter((c) => !allowed.has(c))).toEqual([]);
  });
});

describe('suppression', () => {
  it('hides a breakdown’s one small cell together with the next smallest when the total is shown', () => {
    const keys = ['a', 'b', 'c', 'd'] as const;
    const cells = (counts: [string, number][], totalShown: boolean) =>
      breakdown(keys, new Map(counts) as Map<(typeof keys)[number], number>, totalShown).map((c) => c.count.value);
    expect(
      cells(
        [
          ['a', 9],
          ['b', 6],
          ['c', 7],
          ['d', 2],
        ],
        true,
      ),
    ).toEqual([9, null, 7, null]);
    expect(
      cells(
        [
          ['a', 9],
          ['b', 6],
          ['c', 7],
          ['d', 2],
        ],
        false,
      ),
    ).toEqual([9, 6, 7, null]);
    expect(
      cells(
        [
          ['a', 9],
          ['b', 6],
          ['c', 3],
          ['d', 2],
        ],
        true,
      ),
    ).toEqual([9, 6, null, null]);
    expect(
      cells(
        [
          ['a', 9],
          ['b', 6],
          ['c', 7],
          ['d', 5],
        ],
        true,
      ),
    ).toEqual([9, 6, 7, 5]);
  });
});
