import type { CrisisResource } from '#shared/contracts/organisation.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { spelledDate } from '../../spelled-date.ts';
import { defaultCrisisResources } from './crisis-defaults.ts';
import * as repo from './repo.ts';

const found = <T>(row: T | null | undefined, what: string): T => {
  if (!row) throw notFound(what);
  return row;
};
const removed = (ok: boolean, what: string) => {
  if (!ok) throw notFound(what);
};

export async function getOrganisation(deps: AppDeps, ctx: RequestContext) {
  return found(await repo.findOrganisation(deps.db, ctx.org.orgId), 'That organisation');
}

export async function updateOrganisation(
  deps: AppDeps,
  ctx: RequestContext,
  values: { name: string; timeZone: string },
) {
  return found(await repo.updateOrganisation(deps.db, ctx.org.orgId, values), 'That organisation');
}

export async function getCrisisResources(deps: AppDeps, ctx: RequestContext): Promise<CrisisResource[]> {
  const own = await repo.findCrisisResources(deps.db, ctx.org.orgId);
  if (own) return own;
  const org = await getOrganisation(deps, ctx);
  return defaultCrisisResources(org.country);
}

export async function saveCrisisResources(deps: AppDeps, ctx: RequestContext, resources: CrisisResource[]) {
  resources.forEach((r, i) => {
    if (!r.phone && !r.url) throw badRequest(`resources.${i}.phone`, 'Give a phone number or a link');
  });
  await repo.saveCrisisResources(deps.db, ctx.org.orgId, resources);
  return resources;
}

export const listSites = (deps: AppDeps, ctx: RequestContext) => repo.listSites(deps.db, ctx.org.orgId);
export const createSite = (deps: AppDeps, ctx: RequestContext, name: string) =>
  repo.insertSite(deps.db, ctx.org.orgId, name);
export const updateSite = async (deps: AppDeps, ctx: RequestContext, id: string, name: string) =>
  found(await repo.updateSite(deps.db, { orgId: ctx.org.orgId, siteId: id, name }), 'That site');
export const deleteSite = async (deps: AppDeps, ctx: RequestContext, id: string) =>
  removed(await repo.deleteSite(deps.db, ctx.org.orgId, id), 'That site');

async function assertOwnSite(deps: AppDeps, ctx: RequestContext, siteId: string | null) {
  if (await repo.findForeignReference(deps.db, ctx.org.orgId, { siteId })) throw badRequest('siteId', 'Unknown site');
}

export const listDepartments = (deps: AppDeps, ctx: RequestContext) => repo.listDepartments(deps.db, ctx.org.orgId);
export async function createDepartment(
  deps: AppDeps,
  ctx: RequestContext,
  values: { name: string; siteId: string | null },
) {
  await assertOwnSite(deps, ctx, values.siteId);
  return repo.insertDepartment(deps.db, ctx.org.orgId, values);
}
export async function updateDepartment(
  deps: AppDeps,
  ctx: RequestContext,
  id: string,
  values: { name: string; siteId: string | null },
) {
  await assertOwnSite(deps, ctx, values.siteId);
  return found(await repo.updateDepartment(deps.db, ctx.org.orgId, id, values), 'That department');
}
export const deleteDepartment = async (deps: AppDeps, ctx: RequestContext, id: string) =>
  removed(await repo.deleteDepartment(deps.db, ctx.org.orgId, id), 'That department');

type DateRange = { name: string; startsOn: string; endsOn: string };

export const listCohorts = (deps: AppDeps, ctx: RequestContext) => repo.listCohorts(deps.db, ctx.org.orgId);
export const createCohort = (deps: AppDeps, ctx: RequestContext, values: DateRange) =>
  repo.insertCohort(deps.db, ctx.org.orgId, values);
export async function updateCohort(deps: AppDeps, ctx: RequestContext, id: string, values: DateRange) {
  found(await repo.findCohort(deps.db, ctx.org.orgId, id), 'That cohort');
  // A cohort cannot be shortened past its terms: each term lies within its cohort's dates.
  const terms = await repo.listTerms(deps.db, ctx.org.orgId, id);
  const early = terms.find((t) => t.startsOn < values.startsOn);
  if (early)
    throw badRequest(
      'startsOn',
      `${early.name} starts on ${spelledDate(early.startsOn)}, before this date; move or delete that term first`,
    );
  const late = terms.find((t) => t.endsOn > values.endsOn);
  if (late)
    throw badRequest(
      'endsOn',
      `${late.name} ends on ${spelledDate(late.endsOn)}, after this date; move or delete that term first`,
    );
  return found(await repo.updateCohort(deps.db, ctx.org.orgId, id, values), 'That cohort');
}
export const deleteCohort = async (deps: AppDeps, ctx: RequestContext, id: string) =>
  removed(await repo.deleteCohort(deps.db, ctx.org.orgId, id), 'That cohort');

export async function listTerms(deps: AppDeps, ctx: RequestContext, cohortId: string) {
  found(await repo.findCohort(deps.db, ctx.org.orgId, cohortId), 'That cohort');
  return repo.listTerms(deps.db, ctx.org.orgId, cohortId);
}

/** A term lies within its cohort's dates: the field that falls outside is named. */
function assertWithinCohort(cohort: { name: string; startsOn: string; endsOn: string }, values: DateRange) {
  if (values.startsOn < cohort.startsOn)
    throw badRequest(
      'startsOn',
      `${cohort.name} starts on ${spelledDate(cohort.startsOn)}; a term of it cannot start before`,
    );
  if (values.endsOn > cohort.endsOn)
    throw badRequest('endsOn', `${cohort.name} ends on ${spelledDate(cohort.endsOn)}; a term of it cannot end after`);
}

/** The field named is the one that falls inside the other term; a range that takes in a whole term names its start. */
async function assertNoOverlap(
  deps: AppDeps,
  ctx: RequestContext,
  cohortId: string,
  values: DateRange,
  exceptId?: string,
) {
  const other = await repo.findOverlappingTerm(deps.db, { orgId: ctx.org.orgId, cohortId, range: values, exceptId });
  if (!other) return;
  const within = (date: string) => other.startsOn <= date && date <= other.endsOn;
  const dates = `${spelledDate(other.startsOn)} to ${spelledDate(other.endsOn)}`;
  if (within(values.startsOn))
    throw conflict('term_overlap', `This start date falls within the term "${other.name}" (${dates})`, 'startsOn');
  if (within(values.endsOn))
    throw conflict('term_overlap', `This end date falls within the term "${other.name}" (${dates})`, 'endsOn');
  throw conflict('term_overlap', `These dates take in the whole of the term "${other.name}" (${dates})`, 'startsOn');
}

export async function createTerm(deps: AppDeps, ctx: RequestContext, cohortId: string, values: DateRange) {
  assertWithinCohort(found(await repo.findCohort(deps.db, ctx.org.orgId, cohortId), 'That cohort'), values);
  await assertNoOverlap(deps, ctx, cohortId, values);
  return repo.insertTerm(deps.db, ctx.org.orgId, cohortId, values);
}

export async function updateTerm(deps: AppDeps, ctx: RequestContext, id: string, values: DateRange) {
  const term = found(await repo.findTerm(deps.db, ctx.org.orgId, id), 'That term');
  assertWithinCohort(found(await repo.findCohort(deps.db, ctx.org.orgId, term.cohortId), 'That cohort'), values);
  await assertNoOverlap(deps, ctx, term.cohortId, values, id);
  return found(await repo.updateTerm(deps.db, ctx.org.orgId, id, values), 'That term');
}

export const deleteTerm = async (deps: AppDeps, ctx: RequestContext, id: string) =>
  removed(await repo.deleteTerm(deps.db, ctx.org.orgId, id), 'That term');
