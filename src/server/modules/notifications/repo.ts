import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { prepared } from '#db/prepared.ts';
import type { Executor } from '#db/client.ts';
import { notifications } from '#db/schema/index.ts';

/**
 * One statement with one parameter per column (unnest), however many people are notified: a job routing a
 * thousand requests notifies thousands at once, which a VALUES list of 5 parameters a row builds and plans slowly.
 */
export async function notify(
  db: Executor,
  orgId: string,
  items: { personId: string; title: string; body: string; link: string | null }[],
) {
  if (items.length === 0) return;
  await db.execute(sql`
    INSERT INTO ${notifications} (org_id, person_id, title, body, link)
    SELECT ${orgId}::uuid, * FROM unnest(
      ${sql.param(items.map((i) => i.personId))}::uuid[],
      ${sql.param(items.map((i) => i.title))}::text[],
      ${sql.param(items.map((i) => i.body))}::text[],
      ${sql.param(items.map((i) => i.link))}::text[]
    )`);
}

const latestNotifications = prepared((db) =>
  db
    .select({
      id: notifications.id,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .where(
      and(eq(notifications.orgId, sql.placeholder('orgId')), eq(notifications.personId, sql.placeholder('personId'))),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(50)
    .prepare('latest_notifications'),
);

export const listNotifications = (db: Executor, orgId: string, personId: string) =>
  latestNotifications(db).execute({ orgId, personId });

/** Marks one of the person's own notifications read; false when they have none by that id. */
export async function markRead(
  db: Executor,
  { orgId, personId, notificationId }: { orgId: string; personId: string; notificationId: string },
) {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(
      and(eq(notifications.orgId, orgId), eq(notifications.personId, personId), eq(notifications.id, notificationId)),
    )
    .returning({ id: notifications.id });
  return rows.length > 0;
}

/** Whether the person still has an unread notification with this link whose title starts so (so one notice of a kind is enough). */
export async function hasUnreadNotification(
  db: Executor,
  { orgId, personId, link, titleStart }: { orgId: string; personId: string; link: string; titleStart: string },
): Promise<boolean> {
  const [row] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(
      and(
        eq(notifications.orgId, orgId),
        eq(notifications.personId, personId),
        eq(notifications.link, link),
        isNull(notifications.readAt),
        sql`starts_with(${notifications.title}, ${titleStart})`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Takes back the unread notifications these people had whose link holds `linkPart` (a record's id), so what
 * someone else has dealt with no longer waits in their list.
 */
export async function withdrawUnreadNotifications(
  db: Executor,
  { orgId, linkPart, personIds }: { orgId: string; linkPart: string; personIds: string[] },
): Promise<void> {
  if (personIds.length === 0) return;
  await db
    .delete(notifications)
    .where(
      and(
        eq(notifications.orgId, orgId),
        inArray(notifications.personId, personIds),
        isNull(notifications.readAt),
        sql`strpos(${notifications.link}, ${linkPart}) > 0`,
      ),
    );
}

/** Deletes every notification pointing at these links, read or not: for records erased, whose link would remain. */
export async function forgetNotificationsLinkedTo(db: Executor, links: string[]): Promise<void> {
  if (links.length > 0) await db.delete(notifications).where(inArray(notifications.link, links));
}
