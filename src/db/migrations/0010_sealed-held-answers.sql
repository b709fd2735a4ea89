-- Privacy rule 3: held answers (fewer than 5 waiting) are sealed with a key kept outside the database
-- (src/db/seal.ts). Rows held before this migration keep their clear columns until the server seals them
-- on its next start (sealLegacyHeld in pooled-answers.ts); a sealed row has its clear columns empty.
ALTER TABLE "feedback_answer_pool" ALTER COLUMN "useful" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_answer_pool" ALTER COLUMN "met_as_planned" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_answer_pool" ALTER COLUMN "recommend" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_answer_pool" ALTER COLUMN "comment" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "feedback_answer_pool" ALTER COLUMN "comment" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_answer_pool" ALTER COLUMN "helpful" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_answer_pool" ALTER COLUMN "less_alone" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_answer_pool" ALTER COLUMN "able_to_cope" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "survey_answer_pool" ALTER COLUMN "change" DROP DEFAULT;--> statement-breakpoint
ALTER TABLE "survey_answer_pool" ALTER COLUMN "change" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "feedback_answer_pool" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "survey_answer_pool" ADD COLUMN "sealed" text;--> statement-breakpoint
ALTER TABLE "feedback_answer_pool" ADD CONSTRAINT "feedback_answer_pool_sealed" CHECK ("feedback_answer_pool"."sealed" IS NULL OR ("feedback_answer_pool"."useful" IS NULL AND "feedback_answer_pool"."met_as_planned" IS NULL AND "feedback_answer_pool"."recommend" IS NULL AND "feedback_answer_pool"."comment" IS NULL));--> statement-breakpoint
ALTER TABLE "survey_answer_pool" ADD CONSTRAINT "survey_answer_pool_sealed" CHECK ("survey_answer_pool"."sealed" IS NULL OR ("survey_answer_pool"."helpful" IS NULL AND "survey_answer_pool"."less_alone" IS NULL AND "survey_answer_pool"."able_to_cope" IS NULL AND "survey_answer_pool"."change" IS NULL));