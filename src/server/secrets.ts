import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database } from '#db/client.ts';
import { installationSecrets } from '#db/schema/index.ts';

/** Made once per installation and shared through the database, so every instance signs cookies alike. */
export async function installationSecret(db: Database, key: string): Promise<string> {
  await db
    .insert(installationSecrets)
    .values({ key, value: randomBytes(32).toString('base64url') })
    .onConflictDoNothing();
  const [row] = await db
    .select({ value: installationSecrets.value })
    .from(installationSecrets)
    .where(eq(installationSecrets.key, key));
  return row!.value;
}
