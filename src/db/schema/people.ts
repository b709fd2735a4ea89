import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cohorts, departments, organisations, sites } from './organisations.ts';

/**
 * A person's identity, shared by every organisation they belong to (one e-mail, one password).
 * Identity is the only data without an org_id; see docs/decisions/001-tenancy.md.
 */
export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('persons_email').on(sql`lower(${t.email})`),
    // People search (ILIKE '%…%' on name or e-mail) reads these trigram indexes, not every person of every organisation.
    index('persons_name_trgm').using('gin', t.name.op('gin_trgm_ops')),
    index('persons_email_trgm').using('gin', t.email.op('gin_trgm_ops')),
  ],
);

/** A person within one organisation: their roles and their profile there (DESIGN.md C2). */
export const members = pgTable(
  'members',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    roles: text('roles')
      .array()
      .notNull()
      .default(sql`'{member}'`),
    status: text('status', { enum: ['invited', 'active'] })
      .notNull()
      .default('invited'),
    siteId: uuid('site_id').references(() => sites.id, { onDelete: 'restrict' }),
    departmentId: uuid('department_id').references(() => departments.id, { onDelete: 'restrict' }),
    cohortId: uuid('cohort_id').references(() => cohorts.id, { onDelete: 'restrict' }),
    careerStage: text('career_stage'),
    interests: text('interests')
      .array()
      .notNull()
      .default(sql`'{}'`),
    languages: text('languages')
      .array()
      .notNull()
      .default(sql`'{}'`),
    availability: text('availability')
      .array()
      .notNull()
      .default(sql`'{}'`),
    shiftPattern: text('shift_pattern'),
    canOffer: text('can_offer')
      .array()
      .notNull()
      .default(sql`'{}'`),
    wantsHelpWith: text('wants_help_with')
      .array()
      .notNull()
      .default(sql`'{}'`),
    about: text('about').notNull().default(''),
    /**
     * How a mentoring partner may reach this person, as they chose to share it (issue 11 item 4): null means
     * not shared. Shown only to the people they are paired with, never in a list of people.
     */
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    contactNote: text('contact_note'),
    /**
     * The name the organisation typed when it invited this person. Until they accept, the organisation sees this,
     * never the name on an account the person may already hold elsewhere (issue 11 item 15).
     */
    invitedName: text('invited_name'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] }), index('members_person').on(t.personId)],
);

/**
 * Sensitive attributes live apart from the profile so that no query that lists people can reach them
 * by accident. Only the owner's own-profile route reads this table (privacy rule 2).
 */
export const sensitiveAttributes = pgTable(
  'sensitive_attributes',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    attributes: text('attributes')
      .array()
      .notNull()
      .default(sql`'{}'`),
    consentToMatching: boolean('consent_to_matching').notNull().default(false),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.personId] })],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull().unique(),
    invitedBy: uuid('invited_by').references(() => persons.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('invitations_person').on(t.orgId, t.personId)],
);

/**
 * Who supervises, assesses or line-manages whom (DESIGN.md rule 6, "no assessor"): such a pair is never
 * matched, grouped or routed together. Recorded by the organisation (admin or CSV import), or declared by the
 * trainee themself; a self-declared row is read only by the matching and by its declarer, never listed to staff.
 */
export const assessorRelations = pgTable(
  'assessor_relations',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organisations.id, { onDelete: 'cascade' }),
    traineeId: uuid('trainee_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    assessorId: uuid('assessor_id')
      .notNull()
      .references(() => persons.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['supervisor', 'assessor', 'line_manager'] }).notNull(),
    source: text('source', { enum: ['organisation', 'self'] }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.traineeId, t.assessorId, t.kind, t.source] }),
    index('assessor_relations_assessor').on(t.orgId, t.assessorId),
    check('assessor_relations_not_self', sql`${t.traineeId} <> ${t.assessorId}`),
  ],
);
