CREATE TABLE "assessor_relations" (
	"org_id" uuid NOT NULL,
	"trainee_id" uuid NOT NULL,
	"assessor_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "assessor_relations_org_id_trainee_id_assessor_id_kind_source_pk" PRIMARY KEY("org_id","trainee_id","assessor_id","kind","source"),
	CONSTRAINT "assessor_relations_not_self" CHECK ("assessor_relations"."trainee_id" <> "assessor_relations"."assessor_id")
);
--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "contact_email" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "contact_phone" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "contact_note" text;--> statement-breakpoint
ALTER TABLE "members" ADD COLUMN "invited_name" text;--> statement-breakpoint
ALTER TABLE "assessor_relations" ADD CONSTRAINT "assessor_relations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessor_relations" ADD CONSTRAINT "assessor_relations_trainee_id_persons_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessor_relations" ADD CONSTRAINT "assessor_relations_assessor_id_persons_id_fk" FOREIGN KEY ("assessor_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessor_relations_assessor" ON "assessor_relations" USING btree ("org_id","assessor_id");--> statement-breakpoint
-- Invitations made before this column: the typed name is known only where the invitation made the account
-- (no password yet, no other organisation); elsewhere the organisation sees the address it typed.
UPDATE "members" m SET "invited_name" = CASE
  WHEN p."password_hash" IS NULL AND NOT EXISTS (SELECT 1 FROM "members" o WHERE o."person_id" = m."person_id" AND o."org_id" <> m."org_id") THEN p."name"
  ELSE split_part(p."email", '@', 1)
END
FROM "persons" p WHERE p."id" = m."person_id" AND m."status" = 'invited';
