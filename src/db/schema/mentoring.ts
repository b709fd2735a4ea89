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
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cohorts, organisations, rotationTerms } from './organisations.ts';
import { persons } from './people.ts';

const orgId = () =>
  uuid('org_id')
    .notNull()
    .references(() => organisations.id, { onDelete: 'cascade' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

export interface EligibilityRow {
  cohortIds: string[];
  careerStages: string[];
  roles: string[];
}
export interface QuestionRow {
  id: string;
  kind: 'short_text' | 'choice' | 'multi_choice' | 'scale';
  label: string;
  side: 'mentor' | 'mentee' | 'both';
  required: boolean;
  options: string[];
}
export type CriteriaWeightsRow = Record<string, number>;

/** Short pages a mentor must complete before being matched (the training gate). */
export const trainingModules = pgTable('training_modules', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: orgId(),
  title: text('title').notNull(),
  body: text('body').notNull(),
  minutes: integer('minutes').notNull().default(10),
  createdAt: created(),
});

export const trainingCompletions = pgTable(
  'training_completions',
  {
    orgId: orgId(),
    moduleId: uuid('module_id')
      .notNull()
      .references(() => trainingModules.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    completedAt: timestamp('completed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.moduleId, t.personId] })],
);

export const mentoringPrograms = pgTable(
  'mentoring_programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    name: text('name').notNull(),
    template: text('template').notNull(),
    description: text('description').notNull().default(''),
    mentorEligibility: jsonb('mentor_eligibility').$type<EligibilityRow>().notNull(),
    menteeEligibility: jsonb('mentee_eligibility').$type<EligibilityRow>().notNull(),
    mentorCapacity: integer('mentor_capacity').notNull().default(2),
    questions: jsonb('questions')
      .$type<QuestionRow[]>()
      .notNull()
      .default(sql`'[]'`),
    criteria: jsonb('criteria').$type<CriteriaWeightsRow>().notNull(),
    applicationsOpenOn: date('applications_open_on', { mode: 'string' }).notNull(),
    applicationsCloseOn: date('applications_close_on', { mode: 'string' }).notNull(),
    matchPublishOn: date('match_publish_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** Whose rotation terms set the meeting schedule (one meeting before, one after each term). */
    scheduleCohortId: uuid('schedule_cohort_id').references(() => cohorts.id, { onDelete: 'set null' }),
    cadenceDays: integer('cadence_days').notNull().default(42),
    trainingModuleIds: uuid('training_module_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    previousProgramId: uuid('previous_program_id'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => persons.id, { onDelete: 'set null' }),
    createdAt: created(),
  },
  (t) => [index('mentoring_programs_org').on(t.orgId, t.applicationsOpenOn)],
);

export const mentoringApplications = pgTable(
  'mentoring_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => mentoringPrograms.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['mentor', 'mentee'] }).notNull(),
    answers: jsonb('answers')
      .$type<Record<string, string | string[] | number>>()
      .notNull()
      .default(sql`'{}'`),
    wantsHelpWith: text('wants_help_with')
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The mentee's "not this person": a hard rule, never shown to the person named. */
    avoidPersonIds: uuid('avoid_person_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    preferredPersonIds: uuid('preferred_person_ids')
      .array()
      .notNull()
      .default(sql`'{}'`),
    capacity: integer('capacity'),
    withdrawn: boolean('withdrawn').notNull().default(false),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mentoring_applications_person').on(t.programId, t.personId, t.side)],
);

/**
 * Succession: this year's mentees invited to mentor in next year's program. An invitation makes its
 * person eligible on that side whatever the program's cohort rules, which may still name last year's
 * cohorts when the invitation goes out.
 */
export const mentoringInvitations = pgTable(
  'mentoring_invitations',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => mentoringPrograms.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    side: text('side', { enum: ['mentor', 'mentee'] }).notNull(),
    createdAt: created(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.personId, t.side] })],
);

export const matchRuns = pgTable('match_runs', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: orgId(),
  programId: uuid('program_id')
    .notNull()
    .references(() => mentoringPrograms.id, { onDelete: 'cascade' }),
  mode: text('mode').notNull(),
  pins: jsonb('pins').$type<{ mentor: string; mentee: string }[]>().notNull(),
  forbids: jsonb('forbids').$type<{ mentor: string; mentee: string }[]>().notNull(),
  result: jsonb('result').$type<unknown>().notNull(),
  createdBy: uuid('created_by').references(() => persons.id, { onDelete: 'set null' }),
  createdAt: created(),
});

export const mentoringPairs = pgTable(
  'mentoring_pairs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => mentoringPrograms.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    menteeId: uuid('mentee_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    score: real('score').notNull(),
    explanation: jsonb('explanation')
      .$type<Record<string, number>>()
      .notNull()
      .default(sql`'{}'`),
    matchRunId: uuid('match_run_id').references(() => matchRuns.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['active', 'ended'] })
      .notNull()
      .default('active'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    nudgedAt: timestamp('nudged_at', { withTimezone: true }),
    createdAt: created(),
  },
  // One active mentor per mentee per program: two coordinators publishing at once cannot double a pair.
  (t) => [
    uniqueIndex('mentoring_pairs_one_active_per_mentee')
      .on(t.programId, t.menteeId)
      .where(sql`status = 'active'`),
    index('mentoring_pairs_mentor').on(t.orgId, t.mentorId),
    index('mentoring_pairs_mentee').on(t.orgId, t.menteeId),
  ],
);

export const pairAgreements = pgTable(
  'pair_agreements',
  {
    orgId: orgId(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => mentoringPairs.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.pairId, t.personId] })],
);

export const pairGoals = pgTable('pair_goals', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: orgId(),
  pairId: uuid('pair_id')
    .notNull()
    .references(() => mentoringPairs.id, { onDelete: 'cascade' }),
  title: text('title').notNull(),
  progress: integer('progress').notNull().default(0),
  createdAt: created(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const pairMeetings = pgTable(
  'pair_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => mentoringPairs.id, { onDelete: 'cascade' }),
    termId: uuid('term_id').references(() => rotationTerms.id, { onDelete: 'set null' }),
    label: text('label').notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    happenedOn: date('happened_on', { mode: 'string' }),
    format: text('format'),
    topics: text('topics')
      .array()
      .notNull()
      .default(sql`'{}'`),
    loggedBy: uuid('logged_by').references(() => persons.id, { onDelete: 'set null' }),
    loggedAt: timestamp('logged_at', { withTimezone: true }),
    /** Set in the same transaction that queues the reminder, so a reminder goes out exactly once. */
    reminderSentAt: timestamp('reminder_sent_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [
    index('pair_meetings_pair').on(t.pairId, t.dueOn),
    index('pair_meetings_due')
      .on(t.dueOn)
      .where(sql`happened_on IS NULL AND reminder_sent_at IS NULL`),
  ],
);

/** Privacy rule 2: readable by the author only; coordinators never see them. */
export const privateNotes = pgTable(
  'private_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    pairId: uuid('pair_id')
      .notNull()
      .references(() => mentoringPairs.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    body: text('body').notNull(),
    createdAt: created(),
  },
  (t) => [index('private_notes_author').on(t.pairId, t.authorId)],
);

export const rematchRequests = pgTable('rematch_requests', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: orgId(),
  pairId: uuid('pair_id')
    .notNull()
    .references(() => mentoringPairs.id, { onDelete: 'cascade' }),
  requestedBy: uuid('requested_by')
    .notNull()
    .references(() => persons.id, { onDelete: 'cascade' }),
  status: text('status', { enum: ['open', 'handled'] })
    .notNull()
    .default('open'),
  handledAt: timestamp('handled_at', { withTimezone: true }),
  createdAt: created(),
});

export const notifications = pgTable(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgId(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    body: text('body').notNull(),
    link: text('link'),
    readAt: timestamp('read_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [index('notifications_person').on(t.orgId, t.personId, t.createdAt)],
);

/**
 * Privacy rule 3, "anonymous means unlinkable" (docs/decisions/005-anonymous-answers.md); these three
 * tables are written only through src/server/modules/anonymous-answers.
 * Who has answered a round: no answer, no time.
 */
export const feedbackSubmissions = pgTable(
  'feedback_submissions',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => mentoringPrograms.id, { onDelete: 'cascade' }),
    round: text('round', { enum: ['midpoint', 'end'] }).notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.programId, t.round, t.personId] })],
);

/**
 * Feedback waiting to be released: no person, no pair, no side, no time, no key. The program's pool is
 * rewritten whole on every answer, in an order set by the answers' content.
 */
export const feedbackAnswerPool = pgTable(
  'feedback_answer_pool',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => mentoringPrograms.id, { onDelete: 'cascade' }),
    round: text('round', { enum: ['midpoint', 'end'] }).notNull(),
    /** The answer, sealed with the key outside the database (src/db/seal.ts). */
    sealed: text('sealed'),
    // Answers held before migration 0010 were written here in the clear; the server seals them on start.
    useful: integer('useful'),
    metAsPlanned: integer('met_as_planned'),
    recommend: boolean('recommend'),
    comment: text('comment'),
  },
  (t) => [
    index('feedback_answer_pool_program').on(t.programId),
    check(
      'feedback_answer_pool_sealed',
      sql`${t.sealed} IS NULL OR (${t.useful} IS NULL AND ${t.metAsPlanned} IS NULL AND ${t.recommend} IS NULL AND ${t.comment} IS NULL)`,
    ),
  ],
);

/** Released feedback: written only in batches of at least 5 per program and round, dated by the day of release. */
export const feedbackResponses = pgTable(
  'feedback_responses',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => mentoringPrograms.id, { onDelete: 'cascade' }),
    round: text('round', { enum: ['midpoint', 'end'] }).notNull(),
    releasedOn: date('released_on', { mode: 'string' }).notNull(),
    useful: integer('useful').notNull(),
    metAsPlanned: integer('met_as_planned').notNull(),
    recommend: boolean('recommend').notNull(),
    comment: text('comment').notNull().default(''),
  },
  (t) => [index('feedback_responses_program').on(t.programId, t.round)],
);

/** Which feedback rounds have been sent out, so the scheduled job invites each round once. */
export const feedbackRoundsSent = pgTable(
  'feedback_rounds_sent',
  {
    orgId: orgId(),
    programId: uuid('program_id')
      .notNull()
      .references(() => mentoringPrograms.id, { onDelete: 'cascade' }),
    round: text('round', { enum: ['midpoint', 'end'] }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.programId, t.round] })],
);
