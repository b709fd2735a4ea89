-- No two rotation terms of a cohort overlap (dates inclusive). The service checks first to name the
-- field in a 409; this constraint holds even when two admins save at the same moment.
CREATE EXTENSION IF NOT EXISTS btree_gist;
--> statement-breakpoint
ALTER TABLE "rotation_terms" ADD CONSTRAINT "rotation_terms_no_overlap"
  EXCLUDE USING gist ("cohort_id" WITH =, daterange("starts_on", "ends_on", '[]') WITH &&);
