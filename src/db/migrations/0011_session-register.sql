ALTER TABLE "group_sessions" ADD COLUMN "register_taken_at" timestamp with time zone;--> statement-breakpoint
-- Sessions whose register was taken before this column existed: someone was marked present.
UPDATE "group_sessions" s SET "register_taken_at" = s."starts_at" + make_interval(mins => s."duration_minutes")
WHERE EXISTS (SELECT 1 FROM "session_rsvps" r WHERE r."session_id" = s."id" AND r."attended");
