import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { departments, organisations } from './organisations.ts';
import { persons } from './people.ts';

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const at = (name: string) => timestamp(name, { withTimezone: true });
const person = (name: string) => uuid(name).references(() => persons.id, { onDelete: 'set null' });

/**
 * An organisation's peer support program (DESIGN.md C5, C8): one per organisation, made with these defaults the
 * first time anyone asks for it. Its limits time every step of a request.
 */
export const peerSupportPrograms = pgTable(
  'peer_support_programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text('name').notNull().default('Talk to a peer'),
    /** Minutes a step of routing waits for a claim before the request goes to the next people. */
    ackMinutes: integer('ack_minutes').notNull().default(30),
    /** How many supporters one step of routing notifies at once. */
    supportersPerStep: integer('supporters_per_step').notNull().default(3),
    /** Hours after closing within which a follow-up is offered. */
    followUpHours: integer('follow_up_hours').notNull().default(24),
    /** Days a closed request keeps what identifies its requester; then only counts remain. */
    retentionDays: integer('retention_days').notNull().default(90),
    /** Requests a supporter takes in 7 days, unless their own cap is lower. */
    defaultWeeklyCap: integer('default_weekly_cap').notNull().default(3),
    /** Days after which a supporter with no supervision session is overdue. */
    supervisionEveryDays: integer('supervision_every_days').notNull().default(60),
    /** Hours before a shift that its supporter is reminded. */
    shiftReminderHours: integer('shift_reminder_hours').notNull().default(12),
    /** Hours a person flagged after a serious event has to take up or decline the offer of a peer. */
    eventOfferHours: integer('event_offer_hours').notNull().default(72),
    backupPersonId: person('backup_person_id'),
    leadPersonId: person('lead_person_id'),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('peer_support_programs_org').on(t.orgId),
    check('peer_support_programs_ack', sql`${t.ackMinutes} BETWEEN 5 AND 1440`),
    check('peer_support_programs_per_step', sql`${t.supportersPerStep} BETWEEN 1 AND 20`),
  ],
);

/** A peer supporter's own record: their cap, their break, their named supervisor. Made on first need. */
export const peerSupporters = pgTable(
  'peer_supporters',
  {
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    /** Null: the program's default cap. */
    weeklyCap: integer('weekly_cap'),
    /** Off the roster until this day (inclusive), no questions asked. */
    breakUntil: date('break_until', { mode: 'string' }),
    supervisorId: person('supervisor_id'),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] })],
);

/** Training a supporter completed, with its expiry: a supporter is routed to only while one is current. */
export const supporterTraining = pgTable(
  'supporter_training',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    completedOn: date('completed_on', { mode: 'string' }).notNull(),
    expiresOn: date('expires_on', { mode: 'string' }).notNull(),
    recordedBy: person('recorded_by'),
    createdAt: created(),
  },
  (t) => [index('supporter_training_person').on(t.orgId, t.personId, t.expiresOn)],
);

/** A supervision session a supporter had: when and how long. No content. */
export const supporterSupervision = pgTable(
  'supporter_supervision',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    supervisorId: person('supervisor_id'),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    minutes: integer('minutes').notNull(),
    createdAt: created(),
  },
  (t) => [index('supporter_supervision_person').on(t.orgId, t.personId, t.heldOn)],
);

/**
 * A weekly on-call slot, in the organisation's time zone: weekday 0 = Monday, times 'HH:MM'; a slot whose end is
 * not after its start runs past midnight. Its standing supporter takes every week's shift unless swapped.
 */
export const rosterSlots = pgTable(
  'roster_slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    weekday: integer('weekday').notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    personId: person('person_id'),
    createdAt: created(),
  },
  (t) => [index('roster_slots_org').on(t.orgId), check('roster_slots_weekday', sql`${t.weekday} BETWEEN 0 AND 6`)],
);

/**
 * One dated shift of a slot, made ahead by the job (the next 4 weeks). Who is on it can change for this shift
 * only (a swap or cover); `cover_wanted` is its supporter asking someone to take it.
 */
export const onCallShifts = pgTable(
  'on_call_shifts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => rosterSlots.id, { onDelete: 'cascade' }),
    startsAt: at('starts_at').notNull(),
    endsAt: at('ends_at').notNull(),
    personId: person('person_id'),
    /** Set once this shift's supporter was chosen for it alone; the slot's standing supporter no longer applies. */
    changedAt: at('changed_at'),
    coverWanted: boolean('cover_wanted').notNull().default(false),
    reminderSentAt: at('reminder_sent_at'),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('on_call_shifts_slot_start').on(t.slotId, t.startsAt),
    index('on_call_shifts_time').on(t.orgId, t.startsAt, t.endsAt),
  ],
);

export const PEER_REQUEST_TOPICS = [
  'aggression',
  'training_exams',
  'adverse_event',
  'code_debrief',
  'moral_distress',
  'worried_about_someone',
  'supporter_debrief',
  'something_else',
] as const;
export const PEER_REQUEST_STATUSES = ['waiting', 'claimed', 'closed', 'cancelled'] as const;

/**
 * A one-off request to talk to a peer. `step` is where routing stands: 0 supporters on shift, 1 other available
 * supporters, 2 the program's backup, 3 the lead, 4 nobody left (still waiting, never dropped: everyone offered
 * can still claim it). `step_due_at` is when the current step gives up. What identifies the requester (requester,
 * contact detail, alias, department) is erased `retention_days` after closing; the counts stay.
 */
export const peerRequests = pgTable(
  'peer_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    requesterId: person('requester_id'),
    topic: text('topic', { enum: PEER_REQUEST_TOPICS }).notNull(),
    urgency: text('urgency', { enum: ['now', 'today', 'this_week'] }).notNull(),
    contactMethod: text('contact_method', { enum: ['phone', 'video', 'chat', 'in_person'] }).notNull(),
    contactDetail: text('contact_detail'),
    notMyDepartment: boolean('not_my_department').notNull().default(false),
    similarStage: boolean('similar_stage').notNull().default(false),
    anonymous: boolean('anonymous').notNull().default(false),
    alias: text('alias'),
    /** The requester's department and career stage when they asked, for routing; erased with the rest. */
    requesterDepartmentId: uuid('requester_department_id').references(() => departments.id, {
      onDelete: 'set null',
    }),
    requesterCareerStage: text('requester_career_stage'),
    /** How the request came: asked directly, from a debrief invitation, or from an offer after an event. */
    origin: text('origin', { enum: ['asked', 'debrief', 'event_offer'] })
      .notNull()
      .default('asked'),
    status: text('status', { enum: PEER_REQUEST_STATUSES }).notNull().default('waiting'),
    step: integer('step').notNull().default(0),
    stepDueAt: at('step_due_at'),
    /** Set when routing first ran; until then the job routes it (a request is never left unrouted). */
    routedAt: at('routed_at'),
    reroutes: integer('reroutes').notNull().default(0),
    claimedBy: person('claimed_by'),
    claimedAt: at('claimed_at'),
    /** What the supporter promised at claiming: "your supporter will contact you by …". */
    contactBy: at('contact_by'),
    firstContactAt: at('first_contact_at'),
    closedAt: at('closed_at'),
    outcome: text('outcome', { enum: ['supported', 'follow_up_booked', 'referred', 'escalated'] }),
    lengthBand: text('length_band', { enum: ['under_15', '15_30', '30_60', 'over_60'] }),
    followUpAt: at('follow_up_at'),
    followUpRequestedAt: at('follow_up_requested_at'),
    followUpDoneAt: at('follow_up_done_at'),
    /** When its supporter was last reminded of the follow-up: once per booking or asking. */
    followUpRemindedAt: at('follow_up_reminded_at'),
    cancelledAt: at('cancelled_at'),
    erasedAt: at('erased_at'),
    createdAt: created(),
  },
  (t) => [
    index('peer_requests_waiting')
      .on(t.stepDueAt)
      .where(sql`status = 'waiting'`),
    index('peer_requests_org_created').on(t.orgId, t.createdAt),
    index('peer_requests_requester').on(t.orgId, t.requesterId),
    index('peer_requests_claimed_by').on(t.orgId, t.claimedBy, t.claimedAt),
  ],
);

/** Who a request was offered to, at which step: only they may claim it, and the next step skips them. */
export const peerRequestOffers = pgTable(
  'peer_request_offers',
  {
    orgId: orgId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => peerRequests.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    step: integer('step').notNull(),
    offeredAt: created(),
  },
  (t) => [
    primaryKey({ columns: [t.requestId, t.personId] }),
    index('peer_request_offers_person').on(t.orgId, t.personId),
  ],
);

/**
 * Messages between a requester and their supporter when they chose chat (or stay anonymous): text only, erased
 * with the request's identifying details. Issue 15 moves these into conversations.
 */
export const peerRequestMessages = pgTable(
  'peer_request_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => peerRequests.id, { onDelete: 'cascade' }),
    fromSupporter: boolean('from_supporter').notNull(),
    body: text('body').notNull(),
    createdAt: created(),
  },
  (t) => [index('peer_request_messages_request').on(t.requestId, t.createdAt)],
);

/**
 * A team debrief after an event, asked for by a department lead or the safety team; the program lead assigns two
 * supporters and a time. No description of the event: only its date and department.
 */
export const teamDebriefs = pgTable(
  'team_debriefs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    requestedBy: person('requested_by'),
    eventOn: date('event_on', { mode: 'string' }).notNull(),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['requested', 'scheduled', 'held', 'cancelled'] })
      .notNull()
      .default('requested'),
    startsAt: at('starts_at'),
    place: text('place'),
    supporterAId: person('supporter_a_id'),
    supporterBId: person('supporter_b_id'),
    heldAt: at('held_at'),
    createdAt: created(),
  },
  (t) => [index('team_debriefs_org').on(t.orgId, t.createdAt)],
);

/** A person invited to a debrief: offered, never required. Only they and the two supporters see their answer. */
export const debriefInvitees = pgTable(
  'debrief_invitees',
  {
    orgId: orgId(),
    debriefId: uuid('debrief_id')
      .notNull()
      .references(() => teamDebriefs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    response: text('response', { enum: ['coming', 'not_coming'] }),
    attended: boolean('attended').notNull().default(false),
    invitedAt: at('invited_at'),
  },
  (t) => [primaryKey({ columns: [t.debriefId, t.personId] }), index('debrief_invitees_person').on(t.orgId, t.personId)],
);

/** The safety team's flag that people were involved in a serious event: its date only, no description. */
export const eventFlags = pgTable(
  'event_flags',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    flaggedBy: person('flagged_by'),
    eventOn: date('event_on', { mode: 'string' }).notNull(),
    createdAt: created(),
  },
  (t) => [index('event_flags_org').on(t.orgId, t.createdAt)],
);

/**
 * A private offer of a peer to one person flagged after an event. Only that person sees it and its answer; the
 * flag's author sees how many offers went out, never who took one up.
 */
export const eventOffers = pgTable(
  'event_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    flagId: uuid('flag_id')
      .notNull()
      .references(() => eventFlags.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    sentAt: at('sent_at'),
    expiresAt: at('expires_at').notNull(),
    response: text('response', { enum: ['accepted', 'declined', 'lapsed'] }),
    respondedAt: at('responded_at'),
    requestId: uuid('request_id').references(() => peerRequests.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('event_offers_flag_person').on(t.flagId, t.personId),
    index('event_offers_person').on(t.orgId, t.personId),
  ],
);
