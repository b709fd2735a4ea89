ALTER TABLE "peer_requests" ADD COLUMN "follow_up_reminded_at" timestamp with time zone;--> statement-breakpoint
-- Reminders sent before this column existed were known by their notification: carry them over, so none is sent twice.
UPDATE "peer_requests" r SET "follow_up_reminded_at" = (
  SELECT max(n.created_at) FROM "notifications" n
  WHERE n.org_id = r.org_id AND n.person_id = r.claimed_by AND n.title = 'A follow-up is due'
    AND n.link = '/o/' || r.org_id || '/peer-support/requests/' || r.id
) WHERE r.claimed_by IS NOT NULL;
