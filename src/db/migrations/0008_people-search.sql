-- People search (ILIKE '%…%' on name or e-mail) reads trigram indexes instead of every person of every
-- organisation. pg_trgm ships with PostgreSQL and is a trusted extension: the database's owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "persons_name_trgm" ON "persons" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "persons_email_trgm" ON "persons" USING gin ("email" gin_trgm_ops);
