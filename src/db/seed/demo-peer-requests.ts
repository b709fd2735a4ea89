import { fakerEN_AU as faker } from '@faker-js/faker';
import type { peerRequestOffers, peerRequests } from '../schema/index.ts';

type RequestRow = typeof peerRequests.$inferInsert;
type OfferRow = typeof peerRequestOffers.$inferInsert;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Someone who may ask: their department and career stage are what routing reads. */
export interface Asker {
  id: string;
  departmentId: string | null;
  careerStage: string | null;
}

/** A supporter as the history needs them: who, where, their cap, and from when they could no longer be offered. */
export interface HistorySupporter {
  id: string;
  departmentId: string | null;
  cap: number;
  /** Not offered anything after this time (training expired, or a break began). */
  offeredUntil: number;
}

export interface PeerHistory {
  orgId: string;
  now: number;
  ackMinutes: number;
  retentionDays: number;
  supporters: HistorySupporter[];
  backupId: string;
  leadId: string;
  requests: RequestRow[];
  offers: OfferRow[];
  /** Requests each person claimed in the last 7 days, so nobody but the one meant to is over their cap. */
  loads: Map<string, number>;
}

/** What a request may be made with instead of a random draw. */
export interface RequestShape {
  topic?: RequestRow['topic'];
  urgency?: RequestRow['urgency'];
  origin?: RequestRow['origin'];
  anonymous?: boolean;
  step?: number;
  /** Who claims it (offered at step 0 with others). */
  claimer?: string;
  /** 'claimed' leaves it open, contacted; 'cancelled' nobody took it. Default: closed by draw. */
  status?: 'claimed' | 'cancelled' | 'closed';
  outcome?: NonNullable<RequestRow['outcome']>;
  /** Hours after closing that a booked follow-up is due. */
  followUpInHours?: number;
}

const TOPICS: { value: RequestRow['topic']; weight: number }[] = [
  { value: 'training_exams', weight: 22 },
  { value: 'aggression', weight: 14 },
  { value: 'adverse_event', weight: 14 },
  { value: 'code_debrief', weight: 12 },
  { value: 'moral_distress', weight: 12 },
  { value: 'something_else', weight: 12 },
  { value: 'worried_about_someone', weight: 8 },
];
// Aliases as asking.ts makes them ("Blue Heron").
const ALIAS_FIRST = ['Blue', 'Green', 'Amber', 'Silver', 'Scarlet', 'Golden', 'Grey', 'Indigo', 'Olive', 'Coral'];
const ALIAS_SECOND = ['Heron', 'Wren', 'Kestrel', 'Robin', 'Finch', 'Plover', 'Swift', 'Ibis', 'Egret', 'Lark'];
const LENGTH_MINUTES = { under_15: 10, '15_30': 25, '30_60': 45, over_60: 75 } as const;
const CONTACT_WINDOW_MINUTES = { now: 20, today: 180, this_week: 1440 } as const;

const minutes = (n: number) => n * MINUTE;
const at = (ms: number) => new Date(Math.round(ms));

/**
 * One request of the demo's history, with who it was offered to at each step, drawn like the program's months:
 * most claimed at the first step within the limit, some re-routed once, a few reaching the backup or the lead, a
 * few cancelled. Once its retention period is over it is stored as the job leaves it: counts, no requester.
 */
export function addRequest(h: PeerHistory, asker: Asker, createdAt: number, shape: RequestShape = {}): string {
  const id = faker.string.uuid();
  const topic = shape.topic ?? faker.helpers.weightedArrayElement(TOPICS);
  const urgency =
    shape.urgency ??
    faker.helpers.weightedArrayElement([
      { value: 'now' as const, weight: 35 },
      { value: 'today' as const, weight: 45 },
      { value: 'this_week' as const, weight: 20 },
    ]);
  const anonymous = shape.anonymous ?? faker.number.float() < 0.18;
  const contactMethod = anonymous
    ? ('chat' as const)
    : faker.helpers.weightedArrayElement([
        { value: 'phone' as const, weight: 45 },
        { value: 'video' as const, weight: 15 },
        { value: 'chat' as const, weight: 22 },
        { value: 'in_person' as const, weight: 18 },
      ]);
  const contactDetail = {
    phone: `04${faker.string.numeric(2)} ${faker.string.numeric(3)} ${faker.string.numeric(3)}`,
    video: `https://meet.riverside.example/${faker.string.alphanumeric({ length: 8, casing: 'lower' })}`,
    chat: null,
    in_person: faker.helpers.arrayElement(['ED tearoom', 'Quiet room, level 3', 'The hospital café', null]),
  }[contactMethod];
  const notMyDepartment = faker.number.float() < 0.15;
  const similarStage = faker.number.float() < 0.2;
  const status = shape.status ?? (faker.number.float() < 0.05 ? ('cancelled' as const) : ('closed' as const));
  const draw = faker.number.float();
  const step = shape.step ?? (status === 'cancelled' ? 0 : draw < 0.82 ? 0 : draw < 0.95 ? 1 : draw < 0.985 ? 2 : 3);
  const ack = h.ackMinutes;

  // Who it went to, step by step: three eligible supporters at each of the first two, then the backup, the lead.
  const offered = new Set<string>();
  const eligible = (t: number) =>
    h.supporters.filter(
      (s) =>
        s.id !== asker.id &&
        !offered.has(s.id) &&
        t < s.offeredUntil &&
        !(notMyDepartment && s.departmentId !== null && s.departmentId === asker.departmentId),
    );
  for (let k = 0; k <= Math.min(step, 1); k++) {
    const t = createdAt + minutes(k * ack);
    let chosen = faker.helpers.arrayElements(eligible(t), 3).map((s) => s.id);
    if (k === 0 && shape.claimer && !chosen.includes(shape.claimer)) chosen = [shape.claimer, ...chosen.slice(0, 2)];
    for (const personId of chosen) {
      offered.add(personId);
      h.offers.push({ orgId: h.orgId, requestId: id, personId, step: k, offeredAt: at(t + 1_000) });
    }
  }
  if (step >= 2)
    h.offers.push({
      orgId: h.orgId,
      requestId: id,
      personId: h.backupId,
      step: 2,
      offeredAt: at(createdAt + minutes(2 * ack)),
    });
  if (step >= 3)
    h.offers.push({
      orgId: h.orgId,
      requestId: id,
      personId: h.leadId,
      step: 3,
      offeredAt: at(createdAt + minutes(3 * ack)),
    });

  const row: RequestRow = {
    id,
    orgId: h.orgId,
    requesterId: asker.id,
    topic,
    urgency,
    contactMethod,
    contactDetail: anonymous ? null : contactDetail,
    notMyDepartment,
    similarStage,
    anonymous,
    alias: anonymous ? `${faker.helpers.arrayElement(ALIAS_FIRST)} ${faker.helpers.arrayElement(ALIAS_SECOND)}` : null,
    requesterDepartmentId: asker.departmentId,
    requesterCareerStage: asker.careerStage,
    origin: shape.origin ?? 'asked',
    status,
    step,
    routedAt: at(createdAt + 2_000),
    reroutes: step,
    createdAt: at(createdAt),
  };

  let endedAt: number;
  if (status === 'cancelled') {
    endedAt = createdAt + minutes(faker.number.int({ min: 4, max: 40 }));
    row.cancelledAt = at(endedAt);
  } else {
    const claimedAt = createdAt + minutes(step * ack + 1 + 27 * faker.number.float() ** 2);
    const lastOffers = h.offers
      .filter((o) => o.requestId === id && o.step === Math.min(step, 1))
      .map((o) => o.personId);
    const recent = claimedAt > h.now - 7 * DAY;
    const load = (p: string) => h.loads.get(p) ?? 0;
    const capOf = (p: string) => h.supporters.find((s) => s.id === p)?.cap ?? 99;
    const claimer =
      shape.claimer ??
      (step === 2
        ? h.backupId
        : step === 3
          ? h.leadId
          : (lastOffers.find((p) => !recent || load(p) < capOf(p)) ??
            lastOffers.reduce((a, b) => (load(a) <= load(b) ? a : b), lastOffers[0] ?? h.backupId)));
    if (recent) h.loads.set(claimer, load(claimer) + 1);
    const window = CONTACT_WINDOW_MINUTES[urgency];
    const firstContactAt =
      claimedAt +
      minutes(
        faker.number.float() < 0.92
          ? 2 + (window - 2) * faker.number.float() * 0.9
          : window * faker.number.float({ min: 1.05, max: 1.4 }),
      );
    Object.assign(row, {
      claimedBy: claimer,
      claimedAt: at(claimedAt),
      contactBy: at(claimedAt + minutes(window)),
      firstContactAt: at(firstContactAt),
    });
    if (status === 'claimed') {
      h.requests.push(row);
      return id;
    }
    const lengthBand = faker.helpers.weightedArrayElement([
      { value: 'under_15' as const, weight: 15 },
      { value: '15_30' as const, weight: 35 },
      { value: '30_60' as const, weight: 38 },
      { value: 'over_60' as const, weight: 12 },
    ]);
    const outcome =
      shape.outcome ??
      faker.helpers.weightedArrayElement([
        { value: 'supported' as const, weight: 60 },
        { value: 'follow_up_booked' as const, weight: 22 },
        { value: 'referred' as const, weight: 15 },
        { value: 'escalated' as const, weight: 3 },
      ]);
    endedAt = firstContactAt + minutes(LENGTH_MINUTES[lengthBand] + faker.number.int({ min: 5, max: 60 }));
    Object.assign(row, { closedAt: at(endedAt), outcome, lengthBand });
    if (outcome === 'follow_up_booked') {
      const followUpAt = endedAt + (shape.followUpInHours ?? faker.number.float({ min: 18, max: 23 })) * HOUR;
      row.followUpAt = at(followUpAt);
      if (followUpAt + 45 * MINUTE < h.now) row.followUpDoneAt = at(followUpAt + 45 * MINUTE);
    } else if (faker.number.float() < 0.08) {
      const requested = endedAt + faker.number.float({ min: 2, max: 20 }) * HOUR;
      if (requested + 6 * HOUR < h.now) {
        row.followUpRequestedAt = at(requested);
        row.followUpDoneAt = at(requested + faker.number.float({ min: 1, max: 6 }) * HOUR);
      }
    }
  }

  // Past its retention period, as eraseAfterRetention leaves it: who asked, how to reach them and where they work
  // are gone; the counts and times stay (docs/privacy.md, "Talk to a peer").
  const erasedAt = endedAt + h.retentionDays * DAY + minutes(1);
  if (erasedAt < h.now) {
    Object.assign(row, {
      requesterId: null,
      contactDetail: null,
      alias: null,
      requesterDepartmentId: null,
      requesterCareerStage: null,
      erasedAt: at(erasedAt),
    });
  }
  h.requests.push(row);
  return id;
}

/** About 8 months of requests from `askers` (and a few debriefs asked for by supporters), oldest first. */
export function addHistory(h: PeerHistory, askers: Asker[], supporterAskers: Asker[], count: number) {
  const times = [...Array(count).keys()]
    .map(() => h.now - faker.number.float({ min: 0.25, max: 240 }) * DAY)
    .sort((a, b) => a - b);
  for (const createdAt of times) {
    const fromSupporter = faker.number.float() < 0.04;
    const asker = faker.helpers.arrayElement(fromSupporter ? supporterAskers : askers);
    addRequest(h, asker, createdAt, fromSupporter ? { topic: 'supporter_debrief' } : {});
  }
}
