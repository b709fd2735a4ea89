import { and, asc, desc, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { peerRequestOffers, peerRequests, persons } from '#db/schema/index.ts';
import type { LengthBand, Outcome } from '#shared/contracts/peer-support.ts';

/** A request as the supporting side works on it. `requesterName` is for the service to show or withhold. */
export interface SupportedRequest {
  id: string;
  orgId: string;
  topic: (typeof peerRequests.$inferSelect)['topic'];
  urgency: (typeof peerRequests.$inferSelect)['urgency'];
  contactMethod: (typeof peerRequests.$inferSelect)['contactMethod'];
  contactDetail: string | null;
  notMyDepartment: boolean;
  similarStage: boolean;
  anonymous: boolean;
  alias: string | null;
  requesterId: string | null;
  requesterName: string | null;
  status: (typeof peerRequests.$inferSelect)['status'];
  createdAt: Date;
  claimedBy: string | null;
  contactBy: Date | null;
  firstContactAt: Date | null;
  closedAt: Date | null;
  outcome: Outcome | null;
  lengthBand: LengthBand | null;
  followUpAt: Date | null;
  followUpRequestedAt: Date | null;
  followUpDoneAt: Date | null;
  erasedAt: Date | null;
}

const columns = {
  id: peerRequests.id,
  orgId: peerRequests.orgId,
  topic: peerRequests.topic,
  urgency: peerRequests.urgency,
  contactMethod: peerRequests.contactMethod,
  contactDetail: peerRequests.contactDetail,
  notMyDepartment: peerRequests.notMyDepartment,
  similarStage: peerRequests.similarStage,
  anonymous: peerRequests.anonymous,
  alias: peerRequests.alias,
  requesterId: peerRequests.requesterId,
  requesterName: persons.name,
  status: peerRequests.status,
  createdAt: peerRequests.createdAt,
  claimedBy: peerRequests.claimedBy,
  contactBy: peerRequests.contactBy,
  firstContactAt: peerRequests.firstContactAt,
  closedAt: peerRequests.closedAt,
  outcome: peerRequests.outcome,
  lengthBand: peerRequests.lengthBand,
  followUpAt: peerRequests.followUpAt,
  followUpRequestedAt: peerRequests.followUpRequestedAt,
  followUpDoneAt: peerRequests.followUpDoneAt,
  erasedAt: peerRequests.erasedAt,
};

const offeredToPerson = (personId: string) =>
  sql`EXISTS (SELECT 1 FROM ${peerRequestOffers} o
              WHERE o.request_id = ${peerRequests.id} AND o.org_id = ${peerRequests.orgId} AND o.person_id = ${personId})`;

const selectRequests = (db: Executor) =>
  db.select(columns).from(peerRequests).leftJoin(persons, eq(persons.id, peerRequests.requesterId));

/** The request, if it was offered to this person or they took it; otherwise null (to them, it does not exist). */
export async function requestForSupporter(
  db: Executor,
  { orgId, requestId, personId }: { orgId: string; requestId: string; personId: string },
): Promise<SupportedRequest | null> {
  const [row] = await selectRequests(db).where(
    and(
      eq(peerRequests.orgId, orgId),
      eq(peerRequests.id, requestId),
      or(eq(peerRequests.claimedBy, personId), offeredToPerson(personId)),
    ),
  );
  return row ?? null;
}

/** Waiting requests offered to this person, oldest first (the one waiting longest comes first). */
export async function offeredRequests(
  db: Executor,
  { orgId, personId }: { orgId: string; personId: string },
): Promise<SupportedRequest[]> {
  return selectRequests(db)
    .where(and(eq(peerRequests.orgId, orgId), eq(peerRequests.status, 'waiting'), offeredToPerson(personId)))
    .orderBy(asc(peerRequests.createdAt));
}

/**
 * Requests this person took that still need them: open ones, and closed ones within the follow-up window or with
 * a follow-up booked or asked for and not yet done.
 */
export async function takenRequests(
  db: Executor,
  { orgId, personId, followUpHours }: { orgId: string; personId: string; followUpHours: number },
): Promise<SupportedRequest[]> {
  return selectRequests(db)
    .where(
      and(
        eq(peerRequests.orgId, orgId),
        eq(peerRequests.claimedBy, personId),
        or(
          eq(peerRequests.status, 'claimed'),
          and(
            eq(peerRequests.status, 'closed'),
            isNull(peerRequests.erasedAt),
            or(
              sql`${peerRequests.closedAt} > now() - make_interval(hours => ${followUpHours})`,
              and(
                isNull(peerRequests.followUpDoneAt),
                or(sql`${peerRequests.followUpAt} IS NOT NULL`, sql`${peerRequests.followUpRequestedAt} IS NOT NULL`),
              ),
            ),
          ),
        ),
      ),
    )
    .orderBy(desc(peerRequests.createdAt));
}

/**
 * Takes a waiting request for this person, if it was offered to them. One conditional UPDATE: of any number of
 * supporters claiming at once, PostgreSQL lets exactly one see status 'waiting'; the others update nothing.
 */
export async function claimRequest(
  db: Executor,
  { orgId, requestId, personId, contactBy }: { orgId: string; requestId: string; personId: string; contactBy: Date },
): Promise<boolean> {
  const rows = await db
    .update(peerRequests)
    .set({ status: 'claimed', claimedBy: personId, claimedAt: sql`now()`, contactBy, stepDueAt: null })
    .where(
      and(
        eq(peerRequests.orgId, orgId),
        eq(peerRequests.id, requestId),
        eq(peerRequests.status, 'waiting'),
        offeredToPerson(personId),
      ),
    )
    .returning({ id: peerRequests.id });
  return rows.length === 1;
}

const claimedByThem = (orgId: string, requestId: string, personId: string) =>
  and(
    eq(peerRequests.orgId, orgId),
    eq(peerRequests.id, requestId),
    eq(peerRequests.claimedBy, personId),
    eq(peerRequests.status, 'claimed'),
  );

/** Records when the supporter first reached the person (the first time only). */
export async function recordFirstContact(
  db: Executor,
  { orgId, requestId, personId }: { orgId: string; requestId: string; personId: string },
): Promise<void> {
  await db
    .update(peerRequests)
    .set({ firstContactAt: sql`coalesce(${peerRequests.firstContactAt}, now())` })
    .where(claimedByThem(orgId, requestId, personId));
}

/**
 * Closes a claimed request with its record: outcome, length and any follow-up time, no content. Closing means they
 * talked, so a first contact not recorded before is recorded now.
 */
export async function closeRequest(
  db: Executor,
  ids: { orgId: string; requestId: string; personId: string },
  record: { outcome: Outcome; lengthBand: LengthBand; followUpAt: Date | null },
): Promise<void> {
  await db
    .update(peerRequests)
    .set({
      status: 'closed',
      closedAt: sql`now()`,
      firstContactAt: sql`coalesce(${peerRequests.firstContactAt}, now())`,
      ...record,
    })
    .where(claimedByThem(ids.orgId, ids.requestId, ids.personId));
}

export async function markFollowUpDone(
  db: Executor,
  { orgId, requestId, personId }: { orgId: string; requestId: string; personId: string },
): Promise<void> {
  await db
    .update(peerRequests)
    .set({ followUpDoneAt: sql`now()` })
    .where(
      and(
        eq(peerRequests.orgId, orgId),
        eq(peerRequests.id, requestId),
        eq(peerRequests.claimedBy, personId),
        eq(peerRequests.status, 'closed'),
      ),
    );
}

/** Everyone the request was offered to except `exceptPersonId`. */
export async function otherOffered(
  db: Executor,
  { orgId, requestId, exceptPersonId }: { orgId: string; requestId: string; exceptPersonId: string },
): Promise<string[]> {
  const rows = await db
    .select({ personId: peerRequestOffers.personId })
    .from(peerRequestOffers)
    .where(
      and(
        eq(peerRequestOffers.orgId, orgId),
        eq(peerRequestOffers.requestId, requestId),
        ne(peerRequestOffers.personId, exceptPersonId),
      ),
    );
  return rows.map((r) => r.personId);
}
