import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { prepared } from '#db/prepared.ts';
import type { Executor } from '#db/client.ts';
import {
  cohorts,
  crisisResources,
  type CrisisResourceRow,
  departments,
  organisations,
  rotationTerms,
  sites,
} from '#db/schema/index.ts';

const organisationById = prepared((db) =>
  db
    .select({
      id: organisations.id,
      name: organisations.name,
      timeZone: organisations.timeZone,
      country: organisations.country,
    })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder('orgId')))
    .prepare('organisation_by_id'),
);

export async function findOrganisation(db: Executor, orgId: string) {
  const [row] = await organisationById(db).execute({ orgId });
  return row ?? null;
}

export async function updateOrganisation(db: Executor, orgId: string, values: { name: string; timeZone: string }) {
  const [row] = await db.update(organisations).set(values).where(eq(organisations.id, orgId)).returning({
    id: organisations.id,
    name: organisations.name,
    timeZone: organisations.timeZone,
    country: organisations.country,
  });
  return row ?? null;
}

export async function findCrisisResources(db: Executor, orgId: string): Promise<CrisisResourceRow[] | null> {
  const [row] = await db
    .select({ resources: crisisResources.resources })
    .from(crisisResources)
    .where(eq(crisisResources.orgId, orgId));
  return row?.resources ?? null;
}

export async function saveCrisisResources(db: Executor, orgId: string, resources: CrisisResourceRow[]): Promise<void> {
  await db
    .insert(crisisResources)
    .values({ orgId, resources })
    .onConflictDoUpdate({ target: crisisResources.orgId, set: { resources, updatedAt: sql`now()` } });
}

const siteColumns = { id: sites.id, name: sites.name };
export const listSites = (db: Executor, orgId: string) =>
  db.select(siteColumns).from(sites).where(eq(sites.orgId, orgId)).orderBy(asc(sites.name));
export async function insertSite(db: Executor, orgId: string, name: string) {
  const [row] = await db.insert(sites).values({ orgId, name }).returning(siteColumns);
  return row!;
}
export async function updateSite(
  db: Executor,
  { orgId, siteId, name }: { orgId: string; siteId: string; name: string },
) {
  const [row] = await db
    .update(sites)
    .set({ name })
    .where(and(eq(sites.orgId, orgId), eq(sites.id, siteId)))
    .returning(siteColumns);
  return row ?? null;
}
export async function deleteSite(db: Executor, orgId: string, id: string) {
  const rows = await db
    .delete(sites)
    .where(and(eq(sites.orgId, orgId), eq(sites.id, id)))
    .returning({ id: sites.id });
  return rows.length > 0;
}

const departmentColumns = { id: departments.id, name: departments.name, siteId: departments.siteId };
export const listDepartments = (db: Executor, orgId: string) =>
  db.select(departmentColumns).from(departments).where(eq(departments.orgId, orgId)).orderBy(asc(departments.name));
export async function insertDepartment(db: Executor, orgId: string, values: { name: string; siteId: string | null }) {
  const [row] = await db
    .insert(departments)
    .values({ orgId, ...values })
    .returning(departmentColumns);
  return row!;
}
export async function updateDepartment(
  db: Executor,
  orgId: string,
  id: string,
  values: { name: string; siteId: string | null },
) {
  const [row] = await db
    .update(departments)
    .set(values)
    .where(and(eq(departments.orgId, orgId), eq(departments.id, id)))
    .returning(departmentColumns);
  return row ?? null;
}
export async function deleteDepartment(db: Executor, orgId: string, id: string) {
  const rows = await db
    .delete(departments)
    .where(and(eq(departments.orgId, orgId), eq(departments.id, id)))
    .returning({ id: departments.id });
  return rows.length > 0;
}

const cohortColumns = { id: cohorts.id, name: cohorts.name, startsOn: cohorts.startsOn, endsOn: cohorts.endsOn };
type CohortValues = { name: string; startsOn: string; endsOn: string };
export const listCohorts = (db: Executor, orgId: string) =>
  db
    .select(cohortColumns)
    .from(cohorts)
    .where(eq(cohorts.orgId, orgId))
    .orderBy(asc(cohorts.startsOn), asc(cohorts.name));
export async function insertCohort(db: Executor, orgId: string, values: CohortValues) {
  const [row] = await db
    .insert(cohorts)
    .values({ orgId, ...values })
    .returning(cohortColumns);
  return row!;
}
export async function updateCohort(db: Executor, orgId: string, id: string, values: CohortValues) {
  const [row] = await db
    .update(cohorts)
    .set(values)
    .where(and(eq(cohorts.orgId, orgId), eq(cohorts.id, id)))
    .returning(cohortColumns);
  return row ?? null;
}
export async function deleteCohort(db: Executor, orgId: string, id: string) {
  const rows = await db
    .delete(cohorts)
    .where(and(eq(cohorts.orgId, orgId), eq(cohorts.id, id)))
    .returning({ id: cohorts.id });
  return rows.length > 0;
}
export async function findCohort(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select(cohortColumns)
    .from(cohorts)
    .where(and(eq(cohorts.orgId, orgId), eq(cohorts.id, id)));
  return row ?? null;
}

const termColumns = {
  id: rotationTerms.id,
  cohortId: rotationTerms.cohortId,
  name: rotationTerms.name,
  startsOn: rotationTerms.startsOn,
  endsOn: rotationTerms.endsOn,
};
type TermValues = { name: string; startsOn: string; endsOn: string };
export const listTerms = (db: Executor, orgId: string, cohortId: string) =>
  db
    .select(termColumns)
    .from(rotationTerms)
    .where(and(eq(rotationTerms.orgId, orgId), eq(rotationTerms.cohortId, cohortId)))
    .orderBy(asc(rotationTerms.startsOn));
export async function findTerm(db: Executor, orgId: string, id: string) {
  const [row] = await db
    .select(termColumns)
    .from(rotationTerms)
    .where(and(eq(rotationTerms.orgId, orgId), eq(rotationTerms.id, id)));
  return row ?? null;
}
type DateRange = { startsOn: string; endsOn: string };
/** The first term of the cohort whose dates (inclusive) meet the given range, other than `exceptId`. */
export async function findOverlappingTerm(
  db: Executor,
  {
    orgId,
    cohortId,
    range,
    exceptId,
  }: { orgId: string; cohortId: string; range: DateRange; exceptId?: string | undefined },
) {
  const [row] = await db
    .select({ name: rotationTerms.name, startsOn: rotationTerms.startsOn, endsOn: rotationTerms.endsOn })
    .from(rotationTerms)
    .where(
      and(
        eq(rotationTerms.orgId, orgId),
        eq(rotationTerms.cohortId, cohortId),
        sql`daterange(${rotationTerms.startsOn}, ${rotationTerms.endsOn}, '[]') && daterange(${range.startsOn}::date, ${range.endsOn}::date, '[]')`,
        exceptId ? ne(rotationTerms.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}
export async function insertTerm(db: Executor, orgId: string, cohortId: string, values: TermValues) {
  const [row] = await db
    .insert(rotationTerms)
    .values({ orgId, cohortId, ...values })
    .returning(termColumns);
  return row!;
}
export async function updateTerm(db: Executor, orgId: string, id: string, values: TermValues) {
  const [row] = await db
    .update(rotationTerms)
    .set(values)
    .where(and(eq(rotationTerms.orgId, orgId), eq(rotationTerms.id, id)))
    .returning(termColumns);
  return row ?? null;
}
export async function deleteTerm(db: Executor, orgId: string, id: string) {
  const rows = await db
    .delete(rotationTerms)
    .where(and(eq(rotationTerms.orgId, orgId), eq(rotationTerms.id, id)))
    .returning({ id: rotationTerms.id });
  return rows.length > 0;
}

/** Checks that referenced sites, departments and cohorts belong to the organisation: another's id is "not found", named by field. */
export async function findForeignReference(
  db: Executor,
  orgId: string,
  refs: { siteId?: string | null; departmentId?: string | null; cohortId?: string | null },
) {
  const checks = [
    { field: 'siteId', id: refs.siteId, table: sites },
    { field: 'departmentId', id: refs.departmentId, table: departments },
    { field: 'cohortId', id: refs.cohortId, table: cohorts },
  ] as const;
  for (const check of checks) {
    if (!check.id) continue;
    const [row] = await db
      .select({ id: check.table.id })
      .from(check.table)
      .where(and(eq(check.table.orgId, orgId), eq(check.table.id, check.id)));
    if (!row) return check.field;
  }
  return null;
}

/** Today's date where the organisation is (its time zone), as YYYY-MM-DD. */
const todayInOrganisation = prepared((db) =>
  db
    .select({ today: sql<string>`to_char(now() AT TIME ZONE ${organisations.timeZone}, 'YYYY-MM-DD')` })
    .from(organisations)
    .where(eq(organisations.id, sql.placeholder('orgId')))
    .prepare('today_in_organisation'),
);

export async function orgToday(db: Executor, orgId: string): Promise<string> {
  const [row] = await todayInOrganisation(db).execute({ orgId });
  return row!.today;
}
