import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from './organisations.ts';
import { persons } from './people.ts';

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export interface GroupEligibilityRow {
  departmentIds: string[];
  cohortIds: string[];
  roles: string[];
}
export interface SessionPlanRow {
  checkIn: string;
  theme: string;
  checkOut: string;
  signposting: string;
}

/** A set of peer support groups run together, made from a template (DESIGN.md C4). */
export const groupPrograms = pgTable('group_programs', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: orgId(),
  template: text('template').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  createdBy: uuid('created_by').references(() => persons.id, { onDelete: 'set null' }),
  createdAt: created(),
});

/**
 * One group: at most 6 members and 2 facilitators (the database refuses more, whatever the service
 * does), meeting every `cadence_days` from `first_session_on` at `start_time` in the organisation's
 * time zone. A schedule change starts a new `series`, so session numbers stay unique.
 */
export const supportGroups = pgTable(
  'support_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => groupPrograms.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    maxMembers: integer('max_members').notNull().default(6),
    maxFacilitators: integer('max_facilitators').notNull().default(2),
    firstSessionOn: date('first_session_on', { mode: 'string' }).notNull(),
    startTime: text('start_time').notNull(),
    cadenceDays: integer('cadence_days').notNull().default(14),
    durationMinutes: integer('duration_minutes').notNull().default(45),
    locationKind: text('location_kind', { enum: ['video', 'room'] }).notNull(),
    locationDetail: text('location_detail').notNull(),
    closesOn: date('closes_on', { mode: 'string' }),
    eligibility: jsonb('eligibility').$type<GroupEligibilityRow>().notNull(),
    plan: jsonb('plan').$type<SessionPlanRow>().notNull(),
    series: integer('series').notNull().default(0),
    createdAt: created(),
  },
  (t) => [
    index('support_groups_program').on(t.orgId, t.programId),
    check('support_groups_max_members', sql`${t.maxMembers} BETWEEN 1 AND 6`),
    check('support_groups_max_facilitators', sql`${t.maxFacilitators} BETWEEN 1 AND 2`),
  ],
);

export const groupFacilitators = pgTable(
  'group_facilitators',
  {
    orgId: orgId(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => supportGroups.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.personId] }), index('group_facilitators_person').on(t.orgId, t.personId)],
);

/**
 * Members, the wait-list and offers in one table: `queued_at` orders the wait-list; a place offered
 * to the first in line counts as taken until the offer is accepted, declined or lapses.
 */
export const groupMemberships = pgTable(
  'group_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => supportGroups.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['member', 'waiting', 'offered', 'left'] }).notNull(),
    queuedAt: timestamp('queued_at', { withTimezone: true }).notNull().defaultNow(),
    offerExpiresAt: timestamp('offer_expires_at', { withTimezone: true }),
    joinedAt: timestamp('joined_at', { withTimezone: true }),
    leftAt: timestamp('left_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('group_memberships_current')
      .on(t.groupId, t.personId)
      .where(sql`status <> 'left'`),
    index('group_memberships_group').on(t.groupId, t.status, t.queuedAt),
    index('group_memberships_person').on(t.orgId, t.personId),
  ],
);

/** Members who would like a group of a program, for the coordinator's allocation run. */
export const groupInterest = pgTable(
  'group_interest',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => groupPrograms.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    preferredGroupIds: uuid('preferred_group_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.personId] })],
);

/**
 * A session's id is its calendar UID; `sequence` rises with every change so calendars update the
 * entry they already hold. Reminder and survey are marked in the transaction that queues them.
 */
export const groupSessions = pgTable(
  'group_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => supportGroups.id, { onDelete: 'cascade' }),
    series: integer('series').notNull(),
    number: integer('number').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    locationKind: text('location_kind', { enum: ['video', 'room'] }).notNull(),
    locationDetail: text('location_detail').notNull(),
    sequence: integer('sequence').notNull().default(0),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    surveySentAt: timestamp('survey_sent_at', { withTimezone: true }),
    /** When the facilitator took the register; from then on it, not the RSVPs, says who came. */
    registerTakenAt: timestamp('register_taken_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('group_sessions_slot').on(t.groupId, t.series, t.number),
    index('group_sessions_starts').on(t.startsAt),
  ],
);

/** A member's answer to "will you come?", and the facilitator's register of who came. */
export const sessionRsvps = pgTable(
  'session_rsvps',
  {
    orgId: orgId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => groupSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    response: text('response', { enum: ['yes', 'no'] }),
    attended: boolean('attended').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] })],
);

/** The facilitator's log: a count, themes from a fixed list and two yes/no answers. No names, no free text. */
export const sessionLogs = pgTable('session_logs', {
  sessionId: uuid('session_id')
    .primaryKey()
    .references(() => groupSessions.id, { onDelete: 'cascade' }),
  orgId: orgId(),
  groupId: uuid('group_id')
    .notNull()
    .references(() => supportGroups.id, { onDelete: 'cascade' }),
  attendanceCount: integer('attendance_count').notNull(),
  themes: text('themes')
    .array()
    .notNull()
    .default(sql`'{}'`),
  signpostingGiven: boolean('signposting_given').notNull(),
  escalationNeeded: boolean('escalation_needed').notNull(),
  loggedBy: uuid('logged_by').references(() => persons.id, { onDelete: 'set null' }),
  loggedAt: timestamp('logged_at', { withTimezone: true }).notNull().defaultNow(),
});

export const supervisionRecords = pgTable(
  'supervision_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => supportGroups.id, { onDelete: 'cascade' }),
    facilitatorId: uuid('facilitator_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    supervisorId: uuid('supervisor_id').references(() => persons.id, { onDelete: 'set null' }),
    sessionId: uuid('session_id').references(() => groupSessions.id, { onDelete: 'set null' }),
    metOn: date('met_on', { mode: 'string' }).notNull(),
    createdAt: created(),
  },
  (t) => [index('supervision_records_group').on(t.groupId, t.facilitatorId, t.metOn)],
);

/**
 * Privacy rule 3, "anonymous means unlinkable" (docs/decisions/005-anonymous-answers.md).
 * Who has answered a session's survey: no answer, no time.
 */
export const surveySubmissions = pgTable(
  'survey_submissions',
  {
    orgId: orgId(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => groupSessions.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.sessionId, t.personId] })],
);

/**
 * Answers waiting to be released: no person, no session, no time, no key. The group's pool is
 * rewritten whole on every answer, in an order set by the answers' content, so no row keeps the
 * transaction or the position it arrived with.
 */
export const surveyAnswerPool = pgTable(
  'survey_answer_pool',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => groupPrograms.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => supportGroups.id, { onDelete: 'cascade' }),
    /** The answer, sealed with the key outside the database (src/db/seal.ts). */
    sealed: text('sealed'),
    // Answers held before migration 0010 were written here in the clear; the server seals them on start.
    helpful: integer('helpful'),
    lessAlone: integer('less_alone'),
    ableToCope: integer('able_to_cope'),
    change: text('change'),
  },
  (t) => [
    index('survey_answer_pool_group').on(t.groupId),
    check(
      'survey_answer_pool_sealed',
      sql`${t.sealed} IS NULL OR (${t.helpful} IS NULL AND ${t.lessAlone} IS NULL AND ${t.ableToCope} IS NULL AND ${t.change} IS NULL)`,
    ),
  ],
);

/** Released answers: written only in batches of at least 5 per group, dated by the day of release. */
export const surveyAnswers = pgTable(
  'survey_answers',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => groupPrograms.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => supportGroups.id, { onDelete: 'cascade' }),
    releasedOn: date('released_on', { mode: 'string' }).notNull(),
    helpful: integer('helpful').notNull(),
    lessAlone: integer('less_alone').notNull(),
    ableToCope: integer('able_to_cope').notNull(),
    change: text('change').notNull().default(''),
  },
  (t) => [index('survey_answers_program').on(t.orgId, t.programId, t.groupId)],
);
