import { MIN_CELL } from '#shared/contracts/common.ts';
import {
  OUTCOME_LABELS,
  OUTCOMES,
  type PeerReport,
  REQUEST_TOPICS,
  type ReportMonth,
  type Suppressible,
  TOPIC_LABELS,
} from '#shared/contracts/peer-support.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { orgToday } from '../organisation/index.ts';
import { programFor } from './program-repo.ts';
import * as repo from './report-repo.ts';

// The lead's view (issue 13 step 9): counts and times, never a name. Privacy rule 4 (docs/privacy.md): every figure
// over fewer than 5 requests or people is hidden, and no hidden figure can be worked out from those shown.

export const FEWER_THAN_5 = 'fewer than 5';
const HIDDEN: Suppressible = { suppressed: true, value: null };
const shown = (value: number): Suppressible => ({ suppressed: false, value });
/** A figure computed over `base` requests or people: shown from 5 on. */
const over = (base: number, value: number) => (base < MIN_CELL ? HIDDEN : shown(value));

/** The last `count` months up to this one, oldest first, as 'YYYY-MM'. */
export function lastMonths(today: string, count: number): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(year, month - 1 - (count - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}

/** Nearest-rank percentile of sorted values, whole minutes. */
function percentile(sorted: number[], p: number): number {
  return Math.round(sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!);
}
function median(sorted: number[]): number {
  const mid = Math.floor(sorted.length / 2);
  return Math.round(sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * A breakdown (by topic, by outcome) of a row whose total is shown. Each cell under 5 is hidden; and when exactly
 * one is, the next smallest is hidden with it, so the hidden one is never the total minus the cells shown.
 */
export function breakdown<K extends string>(
  keys: readonly K[],
  counts: Map<K, number>,
  totalShown: boolean,
): { key: K; count: Suppressible }[] {
  const cells = keys.map((key) => ({ key, value: counts.get(key) ?? 0 }));
  const hidden = new Set(cells.filter((c) => c.value < MIN_CELL).map((c) => c.key));
  if (totalShown && hidden.size === 1) {
    const next = cells.filter((c) => !hidden.has(c.key)).sort((a, b) => a.value - b.value)[0];
    if (next) hidden.add(next.key);
  }
  return cells.map((c) => ({ key: c.key, count: hidden.has(c.key) ? HIDDEN : shown(c.value) }));
}

const countBy = <K extends string>(items: (K | null)[]) => {
  const counts = new Map<K, number>();
  for (const k of items) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
};

/** One month's row from its requests' facts. */
function monthRow(month: string, facts: repo.RequestFact[], debriefsHeld: number): ReportMonth {
  const requests = over(facts.length, facts.length);
  const contact = facts
    .map((f) => f.minutesToContact)
    .filter((m): m is number => m !== null)
    .sort((a, b) => a - b);
  const judged = facts.filter((f) => f.inTime !== null);
  return {
    month,
    requests,
    byTopic: breakdown(REQUEST_TOPICS, countBy(facts.map((f) => f.topic)), !requests.suppressed).map((c) => ({
      topic: c.key,
      count: c.count,
    })),
    outcomes: breakdown(OUTCOMES, countBy(facts.map((f) => f.outcome)), !requests.suppressed).map((c) => ({
      outcome: c.key,
      count: c.count,
    })),
    medianMinutesToContact: contact.length < MIN_CELL ? HIDDEN : shown(median(contact)),
    p90MinutesToContact: contact.length < MIN_CELL ? HIDDEN : shown(percentile(contact, 0.9)),
    acknowledgedInTimePercent: over(
      judged.length,
      Math.round((100 * judged.filter((f) => f.inTime).length) / Math.max(judged.length, 1)),
    ),
    reroutes: over(
      facts.length,
      facts.reduce((n, f) => n + f.reroutes, 0),
    ),
    // A count of debriefs names no one, and the lead sees each debrief in their own list anyway.
    debriefsHeld: shown(debriefsHeld),
  };
}

/**
 * The total row adds up only what the months show: a hidden month, or a hidden cell of a shown month, adds nothing.
 * Otherwise the total minus the months shown would give a hidden month away, and so would the total of 12 months
 * minus the total of 11. Its times are over the requests of the months shown.
 */
function totalRow(rows: ReportMonth[], facts: repo.RequestFact[]): ReportMonth {
  const shownMonths = new Set(rows.filter((r) => !r.requests.suppressed).map((r) => r.month));
  const base = monthRow(
    'total',
    facts.filter((f) => shownMonths.has(f.month)),
    rows.reduce((n, r) => n + (r.debriefsHeld.value ?? 0), 0),
  );
  const sumShown = (pick: (r: ReportMonth) => Suppressible) => {
    const sum = rows.reduce((n, r) => n + (pick(r).suppressed ? 0 : pick(r).value!), 0);
    return sum < MIN_CELL ? HIDDEN : shown(sum);
  };
  return {
    ...base,
    byTopic: REQUEST_TOPICS.map((topic) => ({
      topic,
      count: sumShown((r) => r.byTopic.find((c) => c.topic === topic)!.count),
    })),
    outcomes: OUTCOMES.map((outcome) => ({
      outcome,
      count: sumShown((r) => r.outcomes.find((c) => c.outcome === outcome)!.count),
    })),
    reroutes: sumShown((r) => r.reroutes),
  };
}

export async function peerReport(deps: AppDeps, ctx: RequestContext, monthCount: number): Promise<PeerReport> {
  const orgId = ctx.org.orgId;
  const months = lastMonths(await orgToday(deps.db, orgId), monthCount);
  const program = await programFor(deps.db, orgId);
  const window = { orgId, oldestMonth: months[0]! };
  const facts = await repo.requestFacts(deps.db, { ...window, ackMinutes: program.ackMinutes });
  const held = await repo.debriefsHeldByMonth(deps.db, window);
  const rows = months.map((month) =>
    monthRow(
      month,
      facts.filter((f) => f.month === month),
      held.get(month) ?? 0,
    ),
  );
  const loads = (await repo.supporterLoads(deps.db, orgId)).sort((a, b) => a - b);
  // Loads are per supporter: shown from 5 supporters and 5 requests taken on, and never whose.
  const loadsShown = loads.length >= MIN_CELL && loads.reduce((n, l) => n + l, 0) >= MIN_CELL;
  return {
    months: rows,
    total: totalRow(rows, facts),
    supporters: {
      count: loads.length,
      medianLoad: loadsShown ? shown(median(loads)) : HIDDEN,
      maxLoad: loadsShown ? shown(loads.at(-1)!) : HIDDEN,
    },
  };
}

/** Quoted where needed; a leading =, +, - or @ is defused so a spreadsheet never runs a cell as a formula. */
function csvCell(v: string | number): string {
  if (typeof v === 'number') return String(v);
  const safe = /^[=+\-@]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
const figure = (c: Suppressible) => (c.suppressed ? FEWER_THAN_5 : (c.value ?? ''));

/** The same report as CSV, with the same suppression: a hidden figure reads "fewer than 5", never its value. */
export function reportCsv(report: PeerReport): string {
  const header = [
    'month',
    'requests',
    ...REQUEST_TOPICS.map((t) => TOPIC_LABELS[t]),
    ...OUTCOMES.map((o) => `outcome: ${OUTCOME_LABELS[o]}`),
    'median minutes to first contact',
    '90th percentile minutes to first contact',
    '% acknowledged in time',
    're-routes',
    'debriefs held',
  ];
  const line = (r: ReportMonth) => [
    r.month,
    figure(r.requests),
    ...r.byTopic.map((c) => figure(c.count)),
    ...r.outcomes.map((c) => figure(c.count)),
    figure(r.medianMinutesToContact),
    figure(r.p90MinutesToContact),
    figure(r.acknowledgedInTimePercent),
    figure(r.reroutes),
    figure(r.debriefsHeld),
  ];
  const s = report.supporters;
  const lines = [
    header,
    ...report.months.map(line),
    line(report.total),
    [],
    ['supporters', 'median requests per supporter (4 weeks)', 'most requests per supporter (4 weeks)'],
    [s.count, figure(s.medianLoad), figure(s.maxLoad)],
  ];
  return `${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
