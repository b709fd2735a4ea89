import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Mail kept by the built-in development mail catcher; never used when SMTP_URL is set. */
export const caughtMail = pgTable('caught_mail', {
  id: uuid('id').primaryKey().defaultRandom(),
  orgId: uuid('org_id'),
  to: text('to').notNull(),
  subject: text('subject').notNull(),
  text: text('text').notNull(),
  html: text('html'),
  raw: text('raw').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});
