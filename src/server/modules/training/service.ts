import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { notFound } from '../../errors.ts';
import * as repo from './repo.ts';

export const listModules = (deps: AppDeps, ctx: RequestContext) =>
  repo.modulesWithCompletion(deps.db, { orgId: ctx.org.orgId, personId: ctx.person.id });

export async function addModule(
  deps: AppDeps,
  ctx: RequestContext,
  values: { title: string; body: string; minutes: number },
) {
  const id = await repo.insertModule(deps.db, ctx.org.orgId, values);
  return (
    await repo.modulesWithCompletion(deps.db, { orgId: ctx.org.orgId, personId: ctx.person.id, moduleId: id })
  )[0]!;
}

export async function completeModule(deps: AppDeps, ctx: RequestContext, moduleId: string) {
  const [found] = await repo.modulesWithCompletion(deps.db, {
    orgId: ctx.org.orgId,
    personId: ctx.person.id,
    moduleId,
  });
  if (!found) throw notFound('That module');
  await repo.recordCompletion(deps.db, { orgId: ctx.org.orgId, moduleId: found.id, personId: ctx.person.id });
  return (
    await repo.modulesWithCompletion(deps.db, { orgId: ctx.org.orgId, personId: ctx.person.id, moduleId: found.id })
  )[0]!;
}
