CREATE TABLE "feedback_rounds_sent" (
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"round" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feedback_rounds_sent_program_id_round_pk" PRIMARY KEY("program_id","round")
);
--> statement-breakpoint
ALTER TABLE "feedback_rounds_sent" ADD CONSTRAINT "feedback_rounds_sent_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_rounds_sent" ADD CONSTRAINT "feedback_rounds_sent_program_id_mentoring_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."mentoring_programs"("id") ON DELETE cascade ON UPDATE no action;