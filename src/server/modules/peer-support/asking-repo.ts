import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '#db/client.ts';
import { members, peerRequestOffers, peerRequests, persons } from '#db/schema/index.ts';
import type { ContactMethod, RequestTopic, Urgency } from '#shared/contracts/peer-support.ts';

/** A request as its requester's views need it. */
export interface OwnRequest {
  id: string;
  orgId: string;
  topic: RequestTopic;
  urgency: Urgency;
  contactMethod: ContactMethod;
  contactDetail: string | null;
  anonymous: boolean;
  alias: string | null;
  status: 'waiting' | 'claimed' | 'closed' | 'cancelled';
  step: number;
  createdAt: Date;
  claimedBy: string | null;
  supporterName: string | null;
  contactBy: Date | null;
  firstContactAt: Date | null;
  closedAt: Date | null;
  followUpAt: Date | null;
  followUpRequestedAt: Date | null;
}

const supporter = alias(persons, 'supporter');

const ownColumns = {
  id: peerRequests.id,
  orgId: peerRequests.orgId,
  topic: peerRequests.topic,
  urgency: peerRequests.urgency,
  contactMethod: peerRequests.contactMethod,
  contactDetail: peerRequests.contactDetail,
  anonymous: peerRequests.anonymous,
  alias: peerRequests.alias,
  status: peerRequests.status,
  step: peerRequests.step,
  createdAt: peerRequests.createdAt,
  claimedBy: peerRequests.claimedBy,
  supporterName: supporter.name,
  contactBy: peerRequests.contactBy,
  firstContactAt: peerRequests.firstContactAt,
  closedAt: peerRequests.closedAt,
  followUpAt: peerRequests.followUpAt,
  followUpRequestedAt: peerRequests.followUpRequestedAt,
};

const ownRequestsQuery = (db: Executor) =>
  db.select(ownColumns).from(peerRequests).leftJoin(supporter, eq(supporter.id, peerRequests.claimedBy));

/** The requester's department and career stage in the organisation, snapshot on their request for routing. */
export async function requesterProfile(
  db: Executor,
  { orgId, personId }: { orgId: string; personId: string },
): Promise<{ departmentId: string | null; careerStage: string | null }> {
  const [row] = await db
    .select({ departmentId: members.departmentId, careerStage: members.careerStage })
    .from(members)
    .where(and(eq(members.orgId, orgId), eq(members.personId, personId)));
  return row ?? { departmentId: null, careerStage: null };
}

export async function insertRequest(db: Executor, values: typeof peerRequests.$inferInsert): Promise<string> {
  const [row] = await db.insert(peerRequests).values(values).returning({ id: peerRequests.id });
  return row!.id;
}

/** One request of this requester's, or null (someone else's request and one of another organisation alike). */
export async function findOwnRequest(
  db: Executor,
  { orgId, requestId, requesterId }: { orgId: string; requestId: string; requesterId: string },
): Promise<OwnRequest | null> {
  const [row] = await ownRequestsQuery(db).where(
    and(eq(peerRequests.orgId, orgId), eq(peerRequests.id, requestId), eq(peerRequests.requesterId, requesterId)),
  );
  return row ?? null;
}

/** The requester's open requests and those closed in the last `closedWithinHours`, newest first. */
export async function ownCurrentRequests(
  db: Executor,
  { orgId, requesterId, closedWithinHours }: { orgId: string; requesterId: string; closedWithinHours: number },
): Promise<OwnRequest[]> {
  return ownRequestsQuery(db)
    .where(
      and(
        eq(peerRequests.orgId, orgId),
        eq(peerRequests.requesterId, requesterId),
        or(
          inArray(peerRequests.status, ['waiting', 'claimed']),
          and(
            eq(peerRequests.status, 'closed'),
            sql`${peerRequests.closedAt} > now() - make_interval(hours => ${closedWithinHours}::int)`,
          ),
        ),
      ),
    )
    .orderBy(desc(peerRequests.createdAt));
}

/**
 * Cancels the request if it is still open (waiting or taken); answers who took it, if anyone, or null when it
 * was not open. Conditional, so a cancel and a close at once leave it one or the other.
 */
export async function cancelOpenRequest(
  db: Executor,
  { orgId, requestId }: { orgId: string; requestId: string },
): Promise<{ claimedBy: string | null } | null> {
  const [row] = await db
    .update(peerRequests)
    .set({ status: 'cancelled', cancelledAt: sql`now()`, stepDueAt: null })
    .where(
      and(
        eq(peerRequests.orgId, orgId),
        eq(peerRequests.id, requestId),
        inArray(peerRequests.status, ['waiting', 'claimed']),
      ),
    )
    .returning({ claimedBy: peerRequests.claimedBy });
  return row ?? null;
}

/** Everyone the request was offered to. */
export async function offeredTo(db: Executor, { orgId, requestId }: { orgId: string; requestId: string }) {
  const rows = await db
    .select({ personId: peerRequestOffers.personId })
    .from(peerRequestOffers)
    .where(and(eq(peerRequestOffers.orgId, orgId), eq(peerRequestOffers.requestId, requestId)));
  return rows.map((r) => r.personId);
}

/**
 * Records the requester's ask for a follow-up, if the request closed within the last `withinHours` and none was
 * asked for yet; answers the supporter to tell, or null when it was not open to asking.
 */
export async function markFollowUpRequested(
  db: Executor,
  { orgId, requestId, withinHours }: { orgId: string; requestId: string; withinHours: number },
): Promise<{ claimedBy: string | null } | null> {
  const [row] = await db
    .update(peerRequests)
    .set({ followUpRequestedAt: sql`now()` })
    .where(
      and(
        eq(peerRequests.orgId, orgId),
        eq(peerRequests.id, requestId),
        eq(peerRequests.status, 'closed'),
        isNull(peerRequests.followUpRequestedAt),
        sql`${peerRequests.closedAt} > now() - make_interval(hours => ${withinHours}::int)`,
      ),
    )
    .returning({ claimedBy: peerRequests.claimedBy });
  return row ?? null;
}
