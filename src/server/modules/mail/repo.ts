import { desc } from 'drizzle-orm';
import type { Database } from '#db/client.ts';
import { caughtMail } from '#db/schema/index.ts';
import type { CaughtMessage } from './catcher.ts';

export async function keepCaughtMail(db: Database, message: CaughtMessage): Promise<void> {
  const { attachments: _attachments, ...kept } = message;
  await db.insert(caughtMail).values(kept);
}

export async function listCaughtMail(db: Database, limit = 100) {
  return db
    .select({ id: caughtMail.id, to: caughtMail.to, subject: caughtMail.subject, text: caughtMail.text, receivedAt: caughtMail.receivedAt })
    .from(caughtMail)
    .orderBy(desc(caughtMail.receivedAt))
    .limit(limit);
}
