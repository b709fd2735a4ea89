import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { eventFlags, eventOffers } from '#db/schema/index.ts';

/** A flag as its author sees it: how many offers went out, and nothing of how anyone answered. */
export interface FlagRecord {
  id: string;
  eventOn: string;
  offersSent: number;
  createdAt: Date;
}

/** Stores the flag and one private offer per person, each open until `offerHours` from now. */
export async function insertFlagWithOffers(
  db: Executor,
  input: { orgId: string; flaggedBy: string; eventOn: string; personIds: string[]; offerHours: number },
): Promise<{ flagId: string; offers: { id: string; personId: string; expiresAt: Date }[] }> {
  const [flag] = await db
    .insert(eventFlags)
    .values({ orgId: input.orgId, flaggedBy: input.flaggedBy, eventOn: input.eventOn })
    .returning({ id: eventFlags.id });
  const offers = await db
    .insert(eventOffers)
    .values(
      input.personIds.map((personId) => ({
        orgId: input.orgId,
        flagId: flag!.id,
        personId,
        sentAt: sql`now()`,
        expiresAt: sql`now() + make_interval(hours => ${input.offerHours})`,
      })),
    )
    .returning({ id: eventOffers.id, personId: eventOffers.personId, expiresAt: eventOffers.expiresAt });
  return { flagId: flag!.id, offers };
}

// Only the count of offers is selected: the answers never leave this table on the flag's side (docs/privacy.md).
const flagColumns = {
  id: eventFlags.id,
  eventOn: eventFlags.eventOn,
  offersSent: sql<number>`(SELECT count(*)::int FROM event_offers o WHERE o.flag_id = event_flags.id)`,
  createdAt: eventFlags.createdAt,
};

export async function findFlag(db: Executor, orgId: string, flagId: string): Promise<FlagRecord | null> {
  const [row] = await db
    .select(flagColumns)
    .from(eventFlags)
    .where(and(eq(eventFlags.orgId, orgId), eq(eventFlags.id, flagId)));
  return row ?? null;
}

export function flagsBy(db: Executor, orgId: string, personId: string): Promise<FlagRecord[]> {
  return db
    .select(flagColumns)
    .from(eventFlags)
    .where(and(eq(eventFlags.orgId, orgId), eq(eventFlags.flaggedBy, personId)))
    .orderBy(desc(eventFlags.createdAt));
}

/** The person's offers still open: not answered, not expired. */
export function openOffersOf(db: Executor, orgId: string, personId: string) {
  return db
    .select({ id: eventOffers.id, eventOn: eventFlags.eventOn, expiresAt: eventOffers.expiresAt })
    .from(eventOffers)
    .innerJoin(eventFlags, eq(eventFlags.id, eventOffers.flagId))
    .where(
      and(
        eq(eventOffers.orgId, orgId),
        eq(eventOffers.personId, personId),
        sql`${eventOffers.response} IS NULL`,
        sql`${eventOffers.expiresAt} > now()`,
      ),
    )
    .orderBy(eventOffers.expiresAt);
}

type OfferKey = { orgId: string; offerId: string; personId: string };

/** The person's own offer, whatever its state; null when it is not theirs (or not this organisation's). */
export async function offerOf(db: Executor, { orgId, offerId, personId }: OfferKey) {
  const [row] = await db
    .select({
      response: eventOffers.response,
      expired: sql<boolean>`${eventOffers.expiresAt} <= now()`,
    })
    .from(eventOffers)
    .where(and(eq(eventOffers.orgId, orgId), eq(eventOffers.id, offerId), eq(eventOffers.personId, personId)));
  return row ?? null;
}

/**
 * Answers an open offer in one conditional write, so a double tap or a lapse at the same moment answers it once;
 * false when it was no longer open.
 */
export async function answerOffer(db: Executor, key: OfferKey, response: 'accepted' | 'declined'): Promise<boolean> {
  const rows = await db
    .update(eventOffers)
    .set({ response, respondedAt: sql`now()` })
    .where(
      and(
        eq(eventOffers.orgId, key.orgId),
        eq(eventOffers.id, key.offerId),
        eq(eventOffers.personId, key.personId),
        sql`${eventOffers.response} IS NULL`,
        sql`${eventOffers.expiresAt} > now()`,
      ),
    )
    .returning({ id: eventOffers.id });
  return rows.length > 0;
}

export async function linkRequest(db: Executor, key: OfferKey, requestId: string): Promise<void> {
  await db
    .update(eventOffers)
    .set({ requestId })
    .where(
      and(eq(eventOffers.orgId, key.orgId), eq(eventOffers.id, key.offerId), eq(eventOffers.personId, key.personId)),
    );
}

/** Every organisation's unanswered offers past their time are marked lapsed; how many. */
export async function lapseExpiredOffers(db: Executor): Promise<number> {
  const rows = await db
    .update(eventOffers)
    .set({ response: 'lapsed', respondedAt: sql`now()` })
    .where(and(sql`${eventOffers.response} IS NULL`, sql`${eventOffers.expiresAt} <= now()`))
    .returning({ id: eventOffers.id });
  return rows.length;
}
