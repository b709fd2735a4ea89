import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '#db/client.ts';
import { trainingCompletions, trainingModules } from '#db/schema/index.ts';

/** Modules of the organisation with the given person's completion (their own record only). */
export async function modulesWithCompletion(
  db: Executor,
  { orgId, personId, moduleId }: { orgId: string; personId: string; moduleId?: string },
) {
  const rows = await db
    .select({
      id: trainingModules.id,
      title: trainingModules.title,
      body: trainingModules.body,
      minutes: trainingModules.minutes,
      completedAt: trainingCompletions.completedAt,
    })
    .from(trainingModules)
    .leftJoin(
      trainingCompletions,
      and(eq(trainingCompletions.moduleId, trainingModules.id), eq(trainingCompletions.personId, personId)),
    )
    .where(and(eq(trainingModules.orgId, orgId), moduleId ? eq(trainingModules.id, moduleId) : undefined))
    .orderBy(asc(trainingModules.createdAt));
  return rows.map((r) => ({ ...r, completedAt: r.completedAt?.toISOString() ?? null }));
}

export async function insertModule(
  db: Executor,
  orgId: string,
  values: { title: string; body: string; minutes: number },
) {
  const [row] = await db
    .insert(trainingModules)
    .values({ orgId, ...values })
    .returning({ id: trainingModules.id });
  return row!.id;
}

export async function recordCompletion(
  db: Executor,
  { orgId, moduleId, personId }: { orgId: string; moduleId: string; personId: string },
) {
  await db
    .insert(trainingCompletions)
    .values({ orgId, moduleId, personId, completedAt: sql`now()` })
    .onConflictDoNothing();
}
