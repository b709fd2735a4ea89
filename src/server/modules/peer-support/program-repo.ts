import { eq } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { peerSupportPrograms } from '#db/schema/index.ts';

export type PeerProgramRow = typeof peerSupportPrograms.$inferSelect;

/** The organisation's peer support program, made with its defaults the first time anyone asks for it. */
export async function programFor(db: Executor, orgId: string): Promise<PeerProgramRow> {
  const [existing] = await db.select().from(peerSupportPrograms).where(eq(peerSupportPrograms.orgId, orgId));
  if (existing) return existing;
  await db.insert(peerSupportPrograms).values({ orgId }).onConflictDoNothing({ target: peerSupportPrograms.orgId });
  const [made] = await db.select().from(peerSupportPrograms).where(eq(peerSupportPrograms.orgId, orgId));
  return made!;
}
