import { hash } from '@node-rs/argon2';
import type { Database } from '#db/client.ts';
import { assessorRelations, cohorts, departments, members, organisations, persons, sites } from '#db/schema/index.ts';
import type { Role } from '#shared/contracts/common.ts';
import type { TestApp } from './api.ts';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | null = null;

export interface SeededOrg {
  orgId: string;
  name: string;
  siteId: string;
  departmentId: string;
  cohortId: string;
  admin: SeededPerson;
  coordinator: SeededPerson;
  member: SeededPerson;
}
export interface SeededPerson {
  id: string;
  email: string;
  name: string;
}

/** An organisation with one site, department and cohort, and an admin, a coordinator and a member who can sign in. */
export async function seedOrganisation(db: Database, name: string): Promise<SeededOrg> {
  passwordHash ??= hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const [org] = await db
    .insert(organisations)
    .values({ name, slug, timeZone: 'Australia/Sydney', country: 'AU' })
    .returning();
  const orgId = org!.id;
  const [site] = await db
    .insert(sites)
    .values({ orgId, name: `${name} Hospital` })
    .returning();
  const [department] = await db
    .insert(departments)
    .values({ orgId, name: 'Emergency Medicine', siteId: site!.id })
    .returning();
  const [cohort] = await db
    .insert(cohorts)
    .values({ orgId, name: 'PGY1 2027', startsOn: '2027-01-25', endsOn: '2028-01-23' })
    .returning();
  const person = async (who: string, roles: Role[]): Promise<SeededPerson> => {
    const email = `${who}@${slug}.test`;
    const personName = `${who[0]!.toUpperCase()}${who.slice(1)} of ${name}`;
    const [row] = await db
      .insert(persons)
      .values({ email, name: personName, passwordHash: await passwordHash! })
      .returning();
    await db
      .insert(members)
      .values({ orgId, personId: row!.id, roles, status: 'active', siteId: site!.id, cohortId: cohort!.id });
    return { id: row!.id, email, name: personName };
  };
  return {
    orgId,
    name,
    siteId: site!.id,
    departmentId: department!.id,
    cohortId: cohort!.id,
    admin: await person('admin', ['member', 'org_admin']),
    coordinator: await person('coordinator', ['member', 'coordinator']),
    member: await person('member', ['member']),
  };
}

let freshOrganisations = 0;

/** An organisation of one test's own: `name` with a number no other organisation of this file's database has. */
export async function seedFreshOrganisation(db: Database, name: string): Promise<SeededOrg> {
  freshOrganisations += 1;
  return seedOrganisation(db, `${name} ${freshOrganisations}`);
}

export async function addMembership(db: Database, orgId: string, personId: string, roles: Role[] = ['member']) {
  await db.insert(members).values({ orgId, personId, roles, status: 'active' });
}

/** Another person who can sign in, placed in the organisation with a career stage and cohort. */
export async function addPerson(
  db: Database,
  org: SeededOrg,
  who: { key: string; careerStage: string; cohortId?: string | null; roles?: Role[]; departmentId?: string | null },
): Promise<SeededPerson> {
  passwordHash ??= hash(PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  const email = `${who.key}@${org.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.test`;
  const name = who.key.replace(/(^|-)(\w)/g, (_, sep: string, c: string) => `${sep ? ' ' : ''}${c.toUpperCase()}`);
  const [row] = await db
    .insert(persons)
    .values({ email, name, passwordHash: await passwordHash })
    .returning();
  await db.insert(members).values({
    orgId: org.orgId,
    personId: row!.id,
    roles: who.roles ?? ['member'],
    status: 'active',
    siteId: org.siteId,
    departmentId: who.departmentId ?? org.departmentId,
    cohortId: who.cohortId ?? null,
    careerStage: who.careerStage,
  });
  return { id: row!.id, email, name };
}

/**
 * A relationship of the "no assessor" rule, as the organisation recorded it (source 'organisation') or as the
 * trainee declared it (source 'self').
 */
export async function givenAssessorRelation(
  db: Database,
  relation: {
    orgId: string;
    traineeId: string;
    assessorId: string;
    kind: 'supervisor' | 'assessor' | 'line_manager';
    source: 'organisation' | 'self';
  },
): Promise<void> {
  await db.insert(assessorRelations).values(relation);
}

/** A date `offset` days from today (UTC), as the API takes it. */
export const dayFromToday = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** What every feature's test world holds: the test's app and an organisation of the test's own. */
export interface OrgWorld {
  t: TestApp;
  org: SeededOrg;
}

/** Another department of the organisation's site. */
export async function givenDepartment(w: OrgWorld, name: string): Promise<string> {
  const [row] = await w.t.deps.db
    .insert(departments)
    .values({ orgId: w.org.orgId, name, siteId: w.org.siteId })
    .returning();
  return row!.id;
}

/** Someone in the organisation who can sign in; their name is made from `key` ('fac-fay' is 'Fac Fay'). */
export function givenPerson(
  w: OrgWorld,
  key: string,
  who: { careerStage?: string; roles?: Role[]; departmentId?: string | null } = {},
): Promise<SeededPerson> {
  return addPerson(w.t.deps.db, w.org, { key, careerStage: 'registrar', ...who });
}
