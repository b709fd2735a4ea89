CREATE TABLE "feedback_answer_pool" (
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"round" text NOT NULL,
	"useful" integer NOT NULL,
	"met_as_planned" integer NOT NULL,
	"recommend" boolean NOT NULL,
	"comment" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "feedback_answer_pool" ADD CONSTRAINT "feedback_answer_pool_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_answer_pool" ADD CONSTRAINT "feedback_answer_pool_program_id_mentoring_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."mentoring_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_answer_pool_program" ON "feedback_answer_pool" USING btree ("program_id");--> statement-breakpoint
-- Privacy rule 3 (docs/decisions/005-anonymous-answers.md). Answers given before the pool existed were
-- written in the transaction of their "has answered" row. A round with fewer than 5 answers goes back to
-- the pool; the others are rewritten in content order, dated by the day of their round's last answer,
-- and "has answered" is rewritten in content order too, so every row carries this migration's xmin.
WITH "few" AS (
	DELETE FROM "feedback_responses" "r"
	WHERE (SELECT count(*) FROM "feedback_responses" "x" WHERE "x"."program_id" = "r"."program_id" AND "x"."round" = "r"."round") < 5
	RETURNING "org_id", "program_id", "round", "useful", "met_as_planned", "recommend", "comment"
)
INSERT INTO "feedback_answer_pool" ("org_id", "program_id", "round", "useful", "met_as_planned", "recommend", "comment")
SELECT * FROM "few" ORDER BY 1, 2, 3, 4, 5, 6, 7;--> statement-breakpoint
ALTER TABLE "feedback_responses" DROP COLUMN "id";--> statement-breakpoint
ALTER TABLE "feedback_responses" DROP COLUMN "side";--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD COLUMN "released_on" date;--> statement-breakpoint
WITH "old" AS (
	DELETE FROM "feedback_responses"
	RETURNING "org_id", "program_id", "round", "useful", "met_as_planned", "recommend", "comment", "submitted_on"
)
INSERT INTO "feedback_responses" ("org_id", "program_id", "round", "useful", "met_as_planned", "recommend", "comment", "submitted_on", "released_on")
SELECT "org_id", "program_id", "round", "useful", "met_as_planned", "recommend", "comment", "last", "last"
FROM (SELECT *, max("submitted_on") OVER (PARTITION BY "program_id", "round") AS "last" FROM "old") "o"
ORDER BY 1, 2, 3, 4, 5, 6, 7;--> statement-breakpoint
ALTER TABLE "feedback_responses" DROP COLUMN "submitted_on";--> statement-breakpoint
ALTER TABLE "feedback_responses" ALTER COLUMN "released_on" SET NOT NULL;--> statement-breakpoint
WITH "old" AS (DELETE FROM "feedback_submissions" RETURNING "org_id", "program_id", "round", "person_id")
INSERT INTO "feedback_submissions" ("org_id", "program_id", "round", "person_id")
SELECT * FROM "old" ORDER BY 1, 2, 3, 4;
