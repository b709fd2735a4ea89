import { fakerEN_AU as faker } from '@faker-js/faker';
import { sql } from 'drizzle-orm';
import type { Database } from '../client.ts';
import {
  eventFlags,
  eventOffers,
  members,
  peerRequestMessages,
  peerRequestOffers,
  peerRequests,
  peerSupporters,
  peerSupportPrograms,
  persons,
  rosterSlots,
  supporterSupervision,
  supporterTraining,
} from '../schema/index.ts';
import { seedDebriefs } from './demo-peer-debriefs.ts';
import { addHistory, addRequest, type Asker, type PeerHistory } from './demo-peer-requests.ts';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

const DAY = 86_400_000;
const HOUR = 3_600_000;
const day = (today: string, offset: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);
/** Weekly slots: a day, an evening and a night shift every day (0 = Monday), in the organisation's zone. */
const SHIFT_TIMES = [
  ['08:00', '16:00'],
  ['16:00', '23:00'],
  ['23:00', '08:00'],
] as const;
/** The slots nobody stands in (Wednesday night, Sunday day), for the lead's coverage panel. */
const GAPS = new Set(['2-2', '6-0']);

/**
 * Talk to a peer for the demo: the program with its backup and lead, 12 supporters (one whose training expired, one
 * whose training expires within three weeks, one overdue for supervision, one over a lowered cap, one on a break,
 * one with no phone number), a weekly roster with two empty slots and its next 7 days of shifts, about 8 months of requests (those past the
 * retention period erased, as the job leaves them), three team debriefs and an event flag with its offers. The demo
 * member has an open anonymous chat with the supporter who can sign in (`supporter@riverside.example`), who also
 * runs the coming debrief the member is invited to. Dates are relative to the moment of seeding.
 */
export async function seedDemoPeerSupport(
  tx: Tx,
  input: {
    orgId: string;
    today: string;
    timeZone: string;
    memberId: string;
    coordinatorId: string;
    /** The people holding the peer supporter role (12). */
    supporters: string[];
    wellbeingLeads: string[];
    supervisors: string[];
    /** Everyone who might ask (not consultants), with where they work. */
    askers: Asker[];
    departments: { id: string; name: string }[];
    supporterLogin: { email: string; passwordHash: string };
  },
) {
  faker.seed(1313);
  const { orgId, today } = input;
  const now = Date.now();
  const [lead, backup] = input.wellbeingLeads;
  const [program] = await tx
    .insert(peerSupportPrograms)
    .values({ orgId, backupPersonId: backup!, leadPersonId: lead! })
    .returning();
  const s = input.supporters;
  // The supporter who can sign in: a registrar, on the roster, with an open request and a debrief to run.
  const login = s[8]!;
  const expired = s[5]!;
  const expiring = s[3]!;
  const onBreak = s[7]!;
  const overdue = s[2]!;
  const lowered = s[4]!;
  const breakBegan = now - 3 * DAY;
  const expiredOn = day(today, -20);
  // Own caps: one lowered after a hard week (and now over it), two raised (the one who signs in has room to take more).
  const ownCaps = new Map([
    [lowered, 2],
    [s[9]!, 4],
    [login, 5],
  ]);

  await tx.insert(peerSupporters).values(
    s.map((personId, i) => ({
      orgId,
      personId,
      weeklyCap: ownCaps.get(personId) ?? null,
      breakUntil: personId === onBreak ? day(today, 12) : null,
      supervisorId: input.supervisors[i < 6 ? 2 : 1]!,
      createdAt: new Date(now - 300 * DAY),
    })),
  );
  await tx.insert(supporterTraining).values(
    s.flatMap((personId, i) => {
      const completedOn =
        personId === expired
          ? day(expiredOn, -730)
          : personId === expiring
            ? day(today, 18 - 730)
            : day(today, -faker.number.int({ min: 100, max: 600 }));
      const records = [
        {
          orgId,
          personId,
          title: 'Peer responder training: psychological first aid',
          completedOn,
          expiresOn: day(completedOn, 730),
          recordedBy: input.coordinatorId,
        },
      ];
      if (i % 3 === 0 && personId !== expiring && personId !== expired) {
        const refresher = day(completedOn, 365);
        if (refresher < today)
          records.push({
            orgId,
            personId,
            title: 'Refresher: listening after an adverse event',
            completedOn: refresher,
            expiresOn: day(refresher, 730),
            recordedBy: input.coordinatorId,
          });
      }
      return records;
    }),
  );
  await tx.insert(supporterSupervision).values(
    s.flatMap((personId, i) => {
      const last = personId === overdue ? -95 : -faker.number.int({ min: 3, max: 40 });
      return [0, 1, 2, 3, 4].map((n) => ({
        orgId,
        personId,
        supervisorId: input.supervisors[i < 6 ? 2 : 1]!,
        heldOn: day(today, last - 42 * n),
        minutes: faker.helpers.arrayElement([45, 60]),
      }));
    }),
  );

  // The roster: every supporter who can be routed to stands in two slots, two slots stand empty.
  const rostered = s.filter((p) => p !== expired && p !== onBreak);
  let next = 0;
  await tx.insert(rosterSlots).values(
    [...Array(7).keys()].flatMap((weekday) =>
      SHIFT_TIMES.map(([startTime, endTime], k) => ({
        orgId,
        weekday,
        startTime,
        endTime,
        personId: GAPS.has(`${weekday}-${k}`) ? null : rostered[next++ % rostered.length]!,
      })),
    ),
  );
  // The next 7 days of shifts as materialiseShifts makes them (and yesterday's night shift if it is still on), so
  // the first start shows a roster; the job's unique (slot, start) makes it skip these.
  await tx.execute(sql`
    INSERT INTO on_call_shifts (org_id, slot_id, starts_at, ends_at, person_id)
    SELECT s.org_id, s.id, starts_at, ends_at, s.person_id
    FROM roster_slots s
    CROSS JOIN LATERAL generate_series(
      (now() AT TIME ZONE ${input.timeZone})::date - 1, (now() AT TIME ZONE ${input.timeZone})::date + 6, interval '1 day'
    ) AS d(on_day)
    CROSS JOIN LATERAL (
      SELECT (on_day::date + s.start_time::time) AT TIME ZONE ${input.timeZone} AS starts_at,
             (on_day::date + (s.end_time <= s.start_time)::int + s.end_time::time) AT TIME ZONE ${input.timeZone}
               AS ends_at
    ) AS t
    WHERE s.org_id = ${orgId} AND s.weekday = extract(isodow FROM on_day)::int - 1 AND ends_at > now()
    ON CONFLICT DO NOTHING`);
  // One supporter has asked for cover for a shift later this week.
  await tx.execute(sql`
    UPDATE on_call_shifts SET cover_wanted = true
    WHERE id = (SELECT id FROM on_call_shifts WHERE org_id = ${orgId} AND person_id IS NOT NULL
                  AND starts_at > now() + interval '3 days' ORDER BY starts_at LIMIT 1)`);

  // The requests: the member's open chat with the supporter who signs in, a follow-up that supporter booked for
  // later today, three taken this week by the supporter who lowered their cap afterwards, then 8 months of history.
  const askerById = new Map(input.askers.map((a) => [a.id, a]));
  const supporterIds = new Set(s);
  const h: PeerHistory = {
    orgId,
    now,
    ackMinutes: program!.ackMinutes,
    retentionDays: program!.retentionDays,
    supporters: s.map((id) => ({
      id,
      departmentId: askerById.get(id)?.departmentId ?? null,
      cap: ownCaps.get(id) ?? program!.defaultWeeklyCap,
      offeredUntil: id === expired ? Date.parse(`${expiredOn}T00:00:00Z`) : id === onBreak ? breakBegan : Infinity,
    })),
    backupId: backup!,
    leadId: lead!,
    requests: [],
    offers: [],
    loads: new Map(),
  };
  const askers = input.askers.filter((a) => !supporterIds.has(a.id) && a.id !== input.memberId);
  const member = askerById.get(input.memberId) ?? { id: input.memberId, departmentId: null, careerStage: 'pgy1' };
  const memberRequest = addRequest(h, member, now - 2 * HOUR, {
    topic: 'code_debrief',
    urgency: 'now',
    anonymous: true,
    claimer: login,
    status: 'claimed',
    step: 0,
  });
  addRequest(h, askers[0]!, now - 10 * HOUR, {
    urgency: 'now',
    claimer: login,
    outcome: 'follow_up_booked',
    followUpInHours: 20,
    step: 0,
    status: 'closed',
  });
  for (const [n, asker] of askers.slice(1, 4).entries())
    addRequest(h, asker, now - (5 - n) * DAY, { claimer: lowered, step: 0, status: 'closed' });
  addHistory(
    h,
    askers,
    s.map((id) => askerById.get(id) ?? { id, departmentId: null, careerStage: null }),
    300,
  );

  // An event flagged two days ago: five people offered a peer; one took it up, two declined, two have not answered.
  const flaggedAt = now - 2 * DAY;
  const involved = askers.slice(20, 25);
  const takenUp = addRequest(h, involved[0]!, flaggedAt + 5 * HOUR, {
    topic: 'adverse_event',
    urgency: 'today',
    origin: 'event_offer',
    step: 0,
    status: 'closed',
  });
  await tx.insert(peerRequests).values(h.requests);
  await tx.insert(peerRequestOffers).values(h.offers);
  await tx.insert(peerRequestMessages).values(
    [
      { fromSupporter: false, body: 'Hi. I had a code on nights that went badly and I keep going over it.' },
      {
        fromSupporter: true,
        body: 'Thank you for reaching out. I am here and I have time now. Would you like to tell me how you are doing?',
      },
      { fromSupporter: false, body: 'Tired. I think I just need to talk it through with someone who gets it.' },
    ].map((m, i) => ({
      orgId,
      requestId: memberRequest,
      ...m,
      createdAt: new Date(now - 2 * HOUR + (10 + 3 * i) * 60_000),
    })),
  );
  const [flag] = await tx
    .insert(eventFlags)
    .values({ orgId, flaggedBy: lead!, eventOn: day(today, -3), createdAt: new Date(flaggedAt) })
    .returning();
  const sentAt = flaggedAt + 60_000;
  await tx.insert(eventOffers).values(
    involved.map((a, i) => ({
      orgId,
      flagId: flag!.id,
      personId: a.id,
      sentAt: new Date(sentAt),
      expiresAt: new Date(sentAt + program!.eventOfferHours * HOUR),
      response: i === 0 ? ('accepted' as const) : i < 3 ? ('declined' as const) : null,
      respondedAt: i === 0 ? new Date(flaggedAt + 5 * HOUR) : i < 3 ? new Date(sentAt + (i * 7 + 2) * HOUR) : null,
      requestId: i === 0 ? takenUp : null,
      createdAt: new Date(flaggedAt),
    })),
  );

  await seedDebriefs(tx, { ...input, login, askers, memberDepartmentId: member.departmentId, now });

  // A phone number to be reached on, which the coverage panel checks; one supporter has not given one yet.
  for (const personId of s.filter((p) => p !== s[10])) {
    const phone = `04${faker.string.numeric(2)} ${faker.string.numeric(3)} ${faker.string.numeric(3)}`;
    await tx
      .update(members)
      .set({ contactPhone: phone })
      .where(sql`${members.orgId} = ${orgId} AND ${members.personId} = ${personId}`);
  }
  await tx
    .update(persons)
    .set({ email: input.supporterLogin.email, passwordHash: input.supporterLogin.passwordHash })
    .where(sql`${persons.id} = ${login}`);
}
