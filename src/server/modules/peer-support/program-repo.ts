import { eq, sql } from 'drizzle-orm';
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

/** Programs of many organisations at once, for the jobs (organisations with no program yet are absent). */
export async function programsOf(db: Executor, orgIds: string[]): Promise<Map<string, PeerProgramRow>> {
  if (orgIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(peerSupportPrograms)
    .where(sql`${peerSupportPrograms.orgId} = ANY(${orgIds}::uuid[])`);
  return new Map(rows.map((row) => [row.orgId, row]));
}
