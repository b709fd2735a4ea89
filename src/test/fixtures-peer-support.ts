import type { QueryResultRow } from 'pg';
import type { Database } from '#db/client.ts';
import {
  eventFlags,
  eventOffers,
  onCallShifts,
  peerRequestOffers,
  peerRequests,
  peerSupportPrograms,
  peerSupporters,
  rosterSlots,
  supporterTraining,
  teamDebriefs,
} from '#db/schema/index.ts';
import type { TestApp } from './api.ts';
import { signedInClients, type TestClient } from './client.ts';
import {
  dayFromToday,
  givenPerson,
  PASSWORD,
  type SeededOrg,
  type SeededPerson,
  seedFreshOrganisation,
} from './fixtures.ts';

// Shared by every feature's world; re-exported so a test imports its world's factories from one file.
export { dayFromToday, givenDepartment, givenPerson } from './fixtures.ts';

// Factories for talk to a peer's API tests: each test builds the world it needs (STYLE.md point 14) in an
// organisation of its own, on its file's database, so any one test runs alone. Shared by every test of the module:
// add factories, do not change what existing ones do.

export interface PeerWorld {
  t: TestApp;
  org: SeededOrg;
  /** `/api/orgs/<its id>` */
  api: string;
  /** The program lead's client (the organisation's coordinator). */
  lead: TestClient;
  as(person: SeededPerson): Promise<TestClient>;
  query(text: string, values?: unknown[]): Promise<QueryResultRow[]>;
  db: Database;
}

/** An organisation of the test's own with its peer support program (defaults unless `program` says otherwise). */
export async function givenPeerWorld(
  t: TestApp,
  program: Partial<typeof peerSupportPrograms.$inferInsert> = {},
  name = 'Peer Hospital',
): Promise<PeerWorld> {
  const org = await seedFreshOrganisation(t.deps.db, name);
  await t.deps.db.insert(peerSupportPrograms).values({ orgId: org.orgId, ...program });
  const as = signedInClients(t.app, PASSWORD);
  return {
    t,
    org,
    api: `/api/orgs/${org.orgId}`,
    lead: await as(org.coordinator),
    as,
    query: async (text, values = []) => (await t.deps.database.pool.query(text, values)).rows,
    db: t.deps.db,
  };
}

export interface SupporterOptions {
  careerStage?: string;
  departmentId?: string | null;
  /** Default true: on a shift running now (from an hour ago to an hour ahead). */
  onShift?: boolean;
  /** Default: training current for a year. `null`: no training; a date: expired or expiring then. */
  trainedUntil?: string | null;
  weeklyCap?: number | null;
  breakUntil?: string | null;
}

/** A peer supporter (role, record, training, and a shift now unless told otherwise). */
export async function givenSupporter(w: PeerWorld, key: string, options: SupporterOptions = {}): Promise<SeededPerson> {
  const person = await givenPerson(w, key, {
    roles: ['member', 'peer_supporter'],
    careerStage: options.careerStage ?? 'registrar',
    departmentId: options.departmentId,
  });
  await w.db.insert(peerSupporters).values({
    orgId: w.org.orgId,
    personId: person.id,
    weeklyCap: options.weeklyCap ?? null,
    breakUntil: options.breakUntil ?? null,
  });
  const trainedUntil = options.trainedUntil === undefined ? dayFromToday(365) : options.trainedUntil;
  if (trainedUntil !== null) {
    await w.db.insert(supporterTraining).values({
      orgId: w.org.orgId,
      personId: person.id,
      title: 'Peer responder training',
      completedOn: dayFromToday(-400),
      expiresOn: trainedUntil,
    });
  }
  if (options.onShift ?? true) await givenShift(w, person.id);
  return person;
}

/**
 * A dated shift (and the weekly slot it belongs to) with this supporter on it: by default running from an hour ago
 * to an hour ahead. `personId` null: an empty shift.
 */
export async function givenShift(
  w: PeerWorld,
  personId: string | null,
  when: { startsAt?: Date; endsAt?: Date } = {},
): Promise<{ slotId: string; shiftId: string }> {
  const startsAt = when.startsAt ?? new Date(Date.now() - 3_600_000);
  const endsAt = when.endsAt ?? new Date(startsAt.getTime() + 2 * 3_600_000);
  const [slot] = await w.db
    .insert(rosterSlots)
    .values({
      orgId: w.org.orgId,
      weekday: (startsAt.getUTCDay() + 6) % 7,
      startTime: '00:00',
      endTime: '23:59',
      personId,
    })
    .returning();
  const [shift] = await w.db
    .insert(onCallShifts)
    .values({ orgId: w.org.orgId, slotId: slot!.id, startsAt, endsAt, personId })
    .returning();
  return { slotId: slot!.id, shiftId: shift!.id };
}

/** The request body a tired member would send: now, by phone, nothing else chosen. */
export const ASK = {
  topic: 'code_debrief',
  urgency: 'now',
  contactMethod: 'phone',
  contactDetail: '0400 000 000',
  anonymous: false,
} as const;

export interface RequestOptions {
  /** Who it is offered to (at step 0): only they may see or claim it. */
  offeredTo?: SeededPerson[];
  topic?: (typeof peerRequests.$inferInsert)['topic'];
  /** Default false. An anonymous request is reached by chat only, under `alias` ('Quiet Heron' unless given). */
  anonymous?: boolean;
  alias?: string;
  contactMethod?: 'phone' | 'video' | 'chat' | 'in_person';
  contactDetail?: string | null;
}

/**
 * A waiting request from `requester`, already routed (step 0) and offered to `offeredTo`, written straight to the
 * database: for tests of what comes after asking. By phone on 0400 000 000 unless anonymous.
 */
export async function givenRequest(
  w: PeerWorld,
  requester: SeededPerson,
  options: RequestOptions = {},
): Promise<{ id: string }> {
  const anonymous = options.anonymous ?? false;
  const [request] = await w.db
    .insert(peerRequests)
    .values({
      orgId: w.org.orgId,
      requesterId: requester.id,
      topic: options.topic ?? 'code_debrief',
      urgency: 'now',
      contactMethod: options.contactMethod ?? (anonymous ? 'chat' : 'phone'),
      contactDetail: options.contactDetail === undefined ? (anonymous ? null : '0400 000 000') : options.contactDetail,
      anonymous,
      alias: anonymous ? (options.alias ?? 'Quiet Heron') : null,
      requesterDepartmentId: w.org.departmentId,
      requesterCareerStage: 'registrar',
      step: 0,
      routedAt: new Date(),
      stepDueAt: new Date(Date.now() + 30 * 60_000),
    })
    .returning({ id: peerRequests.id });
  const offeredTo = options.offeredTo ?? [];
  if (offeredTo.length > 0) {
    await w.db
      .insert(peerRequestOffers)
      .values(offeredTo.map((p) => ({ orgId: w.org.orgId, requestId: request!.id, personId: p.id, step: 0 })));
  }
  return { id: request!.id };
}

/** Ids of organisation `org`'s own peer support records (one of each kind), for the tenant-isolation matrix. */
export interface SeededPeerSupport {
  requestId: string;
  offerId: string;
  debriefId: string;
  shiftId: string;
  slotId: string;
  trainingId: string;
}

/** One of every peer support record a route names by id, written straight to the database of organisation `org`. */
export async function seedPeerSupport(db: Database, org: SeededOrg): Promise<SeededPeerSupport> {
  const orgId = org.orgId;
  await db.insert(peerSupportPrograms).values({ orgId }).onConflictDoNothing();
  const [request] = await db
    .insert(peerRequests)
    .values({ orgId, requesterId: org.member.id, topic: 'code_debrief', urgency: 'now', contactMethod: 'chat' })
    .returning();
  const [debrief] = await db
    .insert(teamDebriefs)
    .values({ orgId, requestedBy: org.coordinator.id, eventOn: dayFromToday(-1) })
    .returning();
  const [flag] = await db
    .insert(eventFlags)
    .values({ orgId, flaggedBy: org.coordinator.id, eventOn: dayFromToday(-1) })
    .returning();
  const [offer] = await db
    .insert(eventOffers)
    .values({ orgId, flagId: flag!.id, personId: org.member.id, expiresAt: new Date(Date.now() + 86_400_000) })
    .returning();
  const [slot] = await db
    .insert(rosterSlots)
    .values({ orgId, weekday: 0, startTime: '08:00', endTime: '16:00', personId: null })
    .returning();
  const startsAt = new Date(Date.now() + 7 * 86_400_000);
  const [shift] = await db
    .insert(onCallShifts)
    .values({ orgId, slotId: slot!.id, startsAt, endsAt: new Date(startsAt.getTime() + 8 * 3_600_000) })
    .returning();
  const [training] = await db
    .insert(supporterTraining)
    .values({
      orgId,
      personId: org.member.id,
      title: 'Peer responder training',
      completedOn: dayFromToday(-30),
      expiresOn: dayFromToday(300),
    })
    .returning();
  return {
    requestId: request!.id,
    offerId: offer!.id,
    debriefId: debrief!.id,
    shiftId: shift!.id,
    slotId: slot!.id,
    trainingId: training!.id,
  };
}
