import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { peerRequestMessages, peerRequests } from '#db/schema/index.ts';

/** What the chat needs to know of its request: whose it is, who took it, and whether it is still there. */
export interface ChatRequest {
  id: string;
  requesterId: string | null;
  claimedBy: string | null;
  status: (typeof peerRequests.$inferSelect)['status'];
  erasedAt: Date | null;
}

export interface ChatMessage {
  id: string;
  fromSupporter: boolean;
  body: string;
  createdAt: Date;
}

export async function chatRequest(
  db: Executor,
  { orgId, requestId }: { orgId: string; requestId: string },
): Promise<ChatRequest | null> {
  const [row] = await db
    .select({
      id: peerRequests.id,
      requesterId: peerRequests.requesterId,
      claimedBy: peerRequests.claimedBy,
      status: peerRequests.status,
      erasedAt: peerRequests.erasedAt,
    })
    .from(peerRequests)
    .where(and(eq(peerRequests.orgId, orgId), eq(peerRequests.id, requestId)));
  return row ?? null;
}

const messageColumns = {
  id: peerRequestMessages.id,
  fromSupporter: peerRequestMessages.fromSupporter,
  body: peerRequestMessages.body,
  createdAt: peerRequestMessages.createdAt,
};

/** The conversation, oldest first. */
export async function messagesOf(
  db: Executor,
  { orgId, requestId }: { orgId: string; requestId: string },
): Promise<ChatMessage[]> {
  return db
    .select(messageColumns)
    .from(peerRequestMessages)
    .where(and(eq(peerRequestMessages.orgId, orgId), eq(peerRequestMessages.requestId, requestId)))
    .orderBy(asc(peerRequestMessages.createdAt), asc(peerRequestMessages.id));
}

export async function addMessage(
  db: Executor,
  message: { orgId: string; requestId: string; fromSupporter: boolean; body: string },
): Promise<ChatMessage> {
  // clock_timestamp: two messages sent in one second keep the order they were sent in.
  const [row] = await db
    .insert(peerRequestMessages)
    .values({ ...message, createdAt: sql`clock_timestamp()` })
    .returning(messageColumns);
  return row!;
}
