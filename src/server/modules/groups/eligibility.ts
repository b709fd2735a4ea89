import type { Role } from '#shared/contracts/common.ts';
import type { RequestContext } from '../../context.ts';
import type { findPlacement, Group } from './group-repo.ts';

const COORDINATING: Role[] = ['coordinator', 'org_admin'];
export const coordinates = (ctx: RequestContext) => ctx.org.roles.some((r) => COORDINATING.includes(r));

type Placement = NonNullable<Awaited<ReturnType<typeof findPlacement>>>;

/** Empty lists mean "anyone"; each filled list must match. */
export function isEligible(rule: Group['eligibility'], who: Placement | null): boolean {
  if (!who) return false;
  if (rule.departmentIds.length > 0 && (!who.departmentId || !rule.departmentIds.includes(who.departmentId))) {
    return false;
  }
  if (rule.cohortIds.length > 0 && (!who.cohortId || !rule.cohortIds.includes(who.cohortId))) return false;
  if (rule.roles.length > 0 && !rule.roles.some((r) => who.roles.includes(r))) return false;
  return true;
}

export const isClosed = (group: Pick<Group, 'closesOn'>, today: string) =>
  group.closesOn !== null && group.closesOn < today;
