CREATE TABLE "debrief_invitees" (
	"org_id" uuid NOT NULL,
	"debrief_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"response" text,
	"attended" boolean DEFAULT false NOT NULL,
	"invited_at" timestamp with time zone,
	CONSTRAINT "debrief_invitees_debrief_id_person_id_pk" PRIMARY KEY("debrief_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "event_flags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"flagged_by" uuid,
	"event_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"flag_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"sent_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"response" text,
	"responded_at" timestamp with time zone,
	"request_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "on_call_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"slot_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"person_id" uuid,
	"changed_at" timestamp with time zone,
	"cover_wanted" boolean DEFAULT false NOT NULL,
	"reminder_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_request_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"from_supporter" boolean NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_request_offers" (
	"org_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"step" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_request_offers_request_id_person_id_pk" PRIMARY KEY("request_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "peer_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"requester_id" uuid,
	"topic" text NOT NULL,
	"urgency" text NOT NULL,
	"contact_method" text NOT NULL,
	"contact_detail" text,
	"not_my_department" boolean DEFAULT false NOT NULL,
	"similar_stage" boolean DEFAULT false NOT NULL,
	"anonymous" boolean DEFAULT false NOT NULL,
	"alias" text,
	"requester_department_id" uuid,
	"requester_career_stage" text,
	"origin" text DEFAULT 'asked' NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"step" integer DEFAULT 0 NOT NULL,
	"step_due_at" timestamp with time zone,
	"routed_at" timestamp with time zone,
	"reroutes" integer DEFAULT 0 NOT NULL,
	"claimed_by" uuid,
	"claimed_at" timestamp with time zone,
	"contact_by" timestamp with time zone,
	"first_contact_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"outcome" text,
	"length_band" text,
	"follow_up_at" timestamp with time zone,
	"follow_up_requested_at" timestamp with time zone,
	"follow_up_done_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"erased_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_support_programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text DEFAULT 'Talk to a peer' NOT NULL,
	"ack_minutes" integer DEFAULT 30 NOT NULL,
	"supporters_per_step" integer DEFAULT 3 NOT NULL,
	"follow_up_hours" integer DEFAULT 24 NOT NULL,
	"retention_days" integer DEFAULT 90 NOT NULL,
	"default_weekly_cap" integer DEFAULT 3 NOT NULL,
	"supervision_every_days" integer DEFAULT 60 NOT NULL,
	"shift_reminder_hours" integer DEFAULT 12 NOT NULL,
	"event_offer_hours" integer DEFAULT 72 NOT NULL,
	"backup_person_id" uuid,
	"lead_person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_support_programs_ack" CHECK ("peer_support_programs"."ack_minutes" BETWEEN 5 AND 1440),
	CONSTRAINT "peer_support_programs_per_step" CHECK ("peer_support_programs"."supporters_per_step" BETWEEN 1 AND 20)
);
--> statement-breakpoint
CREATE TABLE "peer_supporters" (
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"weekly_cap" integer,
	"break_until" date,
	"supervisor_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_supporters_org_id_person_id_pk" PRIMARY KEY("org_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "roster_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"start_time" text NOT NULL,
	"end_time" text NOT NULL,
	"person_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_slots_weekday" CHECK ("roster_slots"."weekday" BETWEEN 0 AND 6)
);
--> statement-breakpoint
CREATE TABLE "supporter_supervision" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"supervisor_id" uuid,
	"held_on" date NOT NULL,
	"minutes" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "supporter_training" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"title" text NOT NULL,
	"completed_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "team_debriefs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"requested_by" uuid,
	"event_on" date NOT NULL,
	"department_id" uuid,
	"status" text DEFAULT 'requested' NOT NULL,
	"starts_at" timestamp with time zone,
	"place" text,
	"supporter_a_id" uuid,
	"supporter_b_id" uuid,
	"held_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "debrief_invitees" ADD CONSTRAINT "debrief_invitees_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_invitees" ADD CONSTRAINT "debrief_invitees_debrief_id_team_debriefs_id_fk" FOREIGN KEY ("debrief_id") REFERENCES "public"."team_debriefs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "debrief_invitees" ADD CONSTRAINT "debrief_invitees_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_flags" ADD CONSTRAINT "event_flags_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_flags" ADD CONSTRAINT "event_flags_flagged_by_persons_id_fk" FOREIGN KEY ("flagged_by") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_offers" ADD CONSTRAINT "event_offers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_offers" ADD CONSTRAINT "event_offers_flag_id_event_flags_id_fk" FOREIGN KEY ("flag_id") REFERENCES "public"."event_flags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_offers" ADD CONSTRAINT "event_offers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_offers" ADD CONSTRAINT "event_offers_request_id_peer_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."peer_requests"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_slot_id_roster_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."roster_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "on_call_shifts" ADD CONSTRAINT "on_call_shifts_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_request_messages" ADD CONSTRAINT "peer_request_messages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_request_messages" ADD CONSTRAINT "peer_request_messages_request_id_peer_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."peer_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_request_offers" ADD CONSTRAINT "peer_request_offers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_request_offers" ADD CONSTRAINT "peer_request_offers_request_id_peer_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."peer_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_request_offers" ADD CONSTRAINT "peer_request_offers_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_requests" ADD CONSTRAINT "peer_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_requests" ADD CONSTRAINT "peer_requests_requester_id_persons_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_requests" ADD CONSTRAINT "peer_requests_requester_department_id_departments_id_fk" FOREIGN KEY ("requester_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_requests" ADD CONSTRAINT "peer_requests_claimed_by_persons_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_support_programs" ADD CONSTRAINT "peer_support_programs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_support_programs" ADD CONSTRAINT "peer_support_programs_backup_person_id_persons_id_fk" FOREIGN KEY ("backup_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_support_programs" ADD CONSTRAINT "peer_support_programs_lead_person_id_persons_id_fk" FOREIGN KEY ("lead_person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_supporters" ADD CONSTRAINT "peer_supporters_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_supporters" ADD CONSTRAINT "peer_supporters_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_supporters" ADD CONSTRAINT "peer_supporters_supervisor_id_persons_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_slots" ADD CONSTRAINT "roster_slots_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_slots" ADD CONSTRAINT "roster_slots_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_supervision" ADD CONSTRAINT "supporter_supervision_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_supervision" ADD CONSTRAINT "supporter_supervision_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_supervision" ADD CONSTRAINT "supporter_supervision_supervisor_id_persons_id_fk" FOREIGN KEY ("supervisor_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_training" ADD CONSTRAINT "supporter_training_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_training" ADD CONSTRAINT "supporter_training_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "supporter_training" ADD CONSTRAINT "supporter_training_recorded_by_persons_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_debriefs" ADD CONSTRAINT "team_debriefs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_debriefs" ADD CONSTRAINT "team_debriefs_requested_by_persons_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_debriefs" ADD CONSTRAINT "team_debriefs_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_debriefs" ADD CONSTRAINT "team_debriefs_supporter_a_id_persons_id_fk" FOREIGN KEY ("supporter_a_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_debriefs" ADD CONSTRAINT "team_debriefs_supporter_b_id_persons_id_fk" FOREIGN KEY ("supporter_b_id") REFERENCES "public"."persons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "debrief_invitees_person" ON "debrief_invitees" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "event_flags_org" ON "event_flags" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "event_offers_flag_person" ON "event_offers" USING btree ("flag_id","person_id");--> statement-breakpoint
CREATE INDEX "event_offers_person" ON "event_offers" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "on_call_shifts_slot_start" ON "on_call_shifts" USING btree ("slot_id","starts_at");--> statement-breakpoint
CREATE INDEX "on_call_shifts_time" ON "on_call_shifts" USING btree ("org_id","starts_at","ends_at");--> statement-breakpoint
CREATE INDEX "peer_request_messages_request" ON "peer_request_messages" USING btree ("request_id","created_at");--> statement-breakpoint
CREATE INDEX "peer_request_offers_person" ON "peer_request_offers" USING btree ("org_id","person_id");--> statement-breakpoint
CREATE INDEX "peer_requests_waiting" ON "peer_requests" USING btree ("step_due_at") WHERE status = 'waiting';--> statement-breakpoint
CREATE INDEX "peer_requests_org_created" ON "peer_requests" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "peer_requests_requester" ON "peer_requests" USING btree ("org_id","requester_id");--> statement-breakpoint
CREATE INDEX "peer_requests_claimed_by" ON "peer_requests" USING btree ("org_id","claimed_by","claimed_at");--> statement-breakpoint
CREATE UNIQUE INDEX "peer_support_programs_org" ON "peer_support_programs" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "roster_slots_org" ON "roster_slots" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "supporter_supervision_person" ON "supporter_supervision" USING btree ("org_id","person_id","held_on");--> statement-breakpoint
CREATE INDEX "supporter_training_person" ON "supporter_training" USING btree ("org_id","person_id","expires_on");--> statement-breakpoint
CREATE INDEX "team_debriefs_org" ON "team_debriefs" USING btree ("org_id","created_at");