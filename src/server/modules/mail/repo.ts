import { desc } from 'drizzle-orm';
import type { Database } from '#db/client.ts';
import { caughtMail } from '#db/schema/index.ts';
import type { CaughtMessage } from './catcher.ts';

export async function keepCaughtMail(db: Database, message: CaughtMessage): Promise<void> {
  const { attachments: _attachments, ...kept } = message;
  await db.insert(caughtMail).values(kept);
}

/** The latest mail the catcher received, newest first, as the development page shows it. */
export async function listCaughtMail(db: Database, limit = 100) {
  const rows = await db
    .select({
      id: caughtMail.id,
      to: caughtMail.to,
      subject: caughtMail.subject,
      text: caughtMail.text,
      receivedAt: caughtMail.receivedAt,
    })
    .from(caughtMail)
    .orderBy(desc(caughtMail.receivedAt))
    .limit(limit);
  return rows.map((m) => ({ ...m, receivedAt: m.receivedAt.toISOString() }));
}
