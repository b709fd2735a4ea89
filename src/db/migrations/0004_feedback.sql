CREATE TABLE "feedback_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"round" text NOT NULL,
	"side" text NOT NULL,
	"useful" integer NOT NULL,
	"met_as_planned" integer NOT NULL,
	"recommend" boolean NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_submissions" (
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"round" text NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "feedback_submissions_program_id_round_person_id_pk" PRIMARY KEY("program_id","round","person_id")
);
--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_program_id_mentoring_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."mentoring_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_submissions" ADD CONSTRAINT "feedback_submissions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_submissions" ADD CONSTRAINT "feedback_submissions_program_id_mentoring_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."mentoring_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_submissions" ADD CONSTRAINT "feedback_submissions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "feedback_responses_program" ON "feedback_responses" USING btree ("program_id","round");