CREATE TABLE "mentoring_invitations" (
	"org_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"side" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mentoring_invitations_program_id_person_id_side_pk" PRIMARY KEY("program_id","person_id","side")
);
--> statement-breakpoint
ALTER TABLE "mentoring_invitations" ADD CONSTRAINT "mentoring_invitations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_invitations" ADD CONSTRAINT "mentoring_invitations_program_id_mentoring_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."mentoring_programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mentoring_invitations" ADD CONSTRAINT "mentoring_invitations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;