import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import * as repo from './repo.ts';

/** The caller's latest notifications; each person reads only their own. */
export async function listOwnNotifications(deps: AppDeps, ctx: RequestContext) {
  const rows = await repo.listNotifications(deps.db, ctx.org.orgId, ctx.person.id);
  return rows.map((n) => ({ ...n, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() }));
}

export async function markOwnRead(deps: AppDeps, ctx: RequestContext, notificationId: string) {
  const marked = await repo.markRead(deps.db, { orgId: ctx.org.orgId, personId: ctx.person.id, notificationId });
  if (!marked) throw notFound('That notification');
}
