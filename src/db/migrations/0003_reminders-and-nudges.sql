ALTER TABLE "mentoring_pairs" ADD COLUMN "nudged_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "pair_meetings" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "pair_meetings_due" ON "pair_meetings" USING btree ("due_on") WHERE happened_on IS NULL AND reminder_sent_at IS NULL;