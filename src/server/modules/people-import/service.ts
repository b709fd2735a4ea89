import type { Executor } from '#db/client.ts';
import { inTransaction } from '#db/transaction.ts';
import type { ImportPreview } from '#shared/contracts/people.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, badRequest } from '../../errors.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { invitationMail, queueMails } from '../mail/index.ts';
import { type ImportRow, normaliseName, parsePeopleCsv } from './parse.ts';
import * as repo from './repo.ts';

interface Plan {
  rows: ImportRow[];
  errors: ImportPreview['errors'];
  creates: (repo.MemberWrite & { email: string; name: string })[];
  updates: repo.MemberWrite[];
  unchanged: number;
  /** Who supervises, assesses or line-manages whom, by address; `ids` knows everyone who already has an account. */
  relations: { trainee: string; assessor: string; kind: string }[];
  ids: Map<string, string>;
}

const sameRoles = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Decides, row by row, what the file would change. Importing only adds: roles are merged with those a person
 * already has, and an empty site, department or cohort cell keeps the current one. So the same file twice
 * changes nothing the second time.
 */
async function planImport(db: Executor, orgId: string, csv: string): Promise<Plan> {
  const names = await repo.namesOf(db, orgId);
  const parsed = parsePeopleCsv(csv, {
    sites: new Set(names.sites.keys()),
    departments: new Set(names.departments.keys()),
    cohorts: new Set(names.cohorts.keys()),
  });
  if ('missingColumn' in parsed)
    throw badRequest(
      'csv',
      `The file has no "${parsed.missingColumn}" column. The first line must name the columns: email, name, roles, site, department, cohort.`,
    );
  const existing = await repo.findExisting(
    db,
    orgId,
    parsed.rows.map((r) => r.email),
  );
  const plan: Plan = {
    rows: parsed.rows,
    errors: parsed.errors,
    creates: [],
    updates: [],
    unchanged: 0,
    relations: [],
    ids: new Map(),
  };
  await planRelations(db, orgId, plan, existing);
  const idOf = (index: Map<string, string>, name: string) => (name ? (index.get(normaliseName(name)) ?? null) : null);
  for (const row of parsed.rows) {
    const placement = {
      siteId: idOf(names.sites, row.site),
      departmentId: idOf(names.departments, row.department),
      cohortId: idOf(names.cohorts, row.cohort),
    };
    const found = existing.get(row.email);
    if (!found?.member) {
      plan.creates.push({
        personId: found?.personId ?? '',
        email: row.email,
        name: row.name,
        roles: row.roles,
        ...placement,
      });
      continue;
    }
    const current = found.member;
    const merged = {
      personId: found.personId,
      roles: [...new Set([...current.roles, ...row.roles])],
      siteId: placement.siteId ?? current.siteId,
      departmentId: placement.departmentId ?? current.departmentId,
      cohortId: placement.cohortId ?? current.cohortId,
    };
    const changed =
      !sameRoles(merged.roles, current.roles) ||
      merged.siteId !== current.siteId ||
      merged.departmentId !== current.departmentId ||
      merged.cohortId !== current.cohortId;
    if (changed) plan.updates.push(merged);
    else plan.unchanged += 1;
  }
  return plan;
}

/**
 * The supervised_by, assessed_by and line_managed_by columns (no-assessor rule): each address must be someone in
 * the file or a member of the organisation; anyone else is a problem on that line, worded the same whether or
 * not the address has an account elsewhere.
 */
async function planRelations(db: Executor, orgId: string, plan: Plan, existing: Map<string, repo.ExistingPerson>) {
  const inFile = new Set(plan.rows.map((r) => r.email));
  const outside = [...new Set(plan.rows.flatMap((r) => r.assessors.map((a) => a.email)).filter((e) => !inFile.has(e)))];
  const others = await repo.findExisting(db, orgId, outside);
  for (const [email, person] of existing) plan.ids.set(email, person.personId);
  for (const [email, person] of others) if (person.member) plan.ids.set(email, person.personId);
  for (const row of plan.rows) {
    for (const a of row.assessors) {
      if (inFile.has(a.email) || plan.ids.has(a.email))
        plan.relations.push({ trainee: row.email, assessor: a.email, kind: a.kind });
      else
        plan.errors.push({
          row: row.row,
          column: a.column,
          message: `"${a.email}" is neither in this file nor a member of the organisation`,
        });
    }
  }
  plan.errors.sort((a, b) => a.row - b.row);
}

/** The relationships of the plan as ids, once everyone in it has one. */
const relationsWithIds = (plan: Plan, ids: Map<string, string>) =>
  plan.relations.flatMap((r) =>
    ids.has(r.trainee) && ids.has(r.assessor)
      ? [{ traineeId: ids.get(r.trainee)!, assessorId: ids.get(r.assessor)!, kind: r.kind }]
      : [],
  );

async function countNewRelations(db: Executor, orgId: string, plan: Plan) {
  const known = relationsWithIds(plan, plan.ids);
  const recorded = await repo.recordedRelations(db, orgId, known);
  return plan.relations.length - known.filter((r) => recorded.has(repo.relationKey(r))).length;
}

export async function previewImport(deps: AppDeps, ctx: RequestContext, csv: string): Promise<ImportPreview> {
  const plan = await planImport(deps.db, ctx.org.orgId, csv);
  return {
    rows: plan.rows.length + new Set(plan.errors.map((e) => e.row)).size,
    toCreate: plan.creates.length,
    toUpdate: plan.updates.length,
    unchanged: plan.unchanged,
    relationsToRecord: await countNewRelations(deps.db, ctx.org.orgId, plan),
    errors: plan.errors,
    sample: plan.rows.slice(0, 10),
  };
}

/** Writes the whole file in one transaction, or nothing at all when any row has an error. */
export async function commitImport(
  deps: AppDeps,
  ctx: RequestContext,
  input: { csv: string; sendInvitations: boolean },
) {
  return inTransaction(deps.database, async ({ db, client }) => {
    await repo.lockImports(db, ctx.org.orgId);
    const plan = await planImport(db, ctx.org.orgId, input.csv);
    if (plan.errors.length > 0) {
      const first = plan.errors[0]!;
      throw new AppError(
        'import_has_errors',
        `The file has ${plan.errors.length} problem(s); the first is on line ${first.row}: ${first.message}`,
        'csv',
      );
    }
    const personIds = await repo.createPersons(
      db,
      plan.creates.map((c) => ({ email: c.email, name: c.name })),
    );
    const creates = plan.creates.map((c) => ({ ...c, personId: personIds.get(c.email)!, invitedName: c.name }));
    await repo.insertMembers(db, ctx.org.orgId, creates);
    await repo.updateMembers(db, ctx.org.orgId, plan.updates);
    const relationsRecorded = await repo.insertRelations(
      db,
      ctx.org.orgId,
      relationsWithIds(plan, new Map([...plan.ids, ...personIds])),
    );

    let invited = 0;
    if (input.sendInvitations && creates.length > 0) {
      const orgName = await repo.organisationName(db, ctx.org.orgId);
      const tokens = creates.map((c) => ({ create: c, token: newToken() }));
      await repo.insertInvitations(
        db,
        ctx.org.orgId,
        ctx.person.id,
        tokens.map((t) => ({ personId: t.create.personId, tokenHash: hashToken(t.token) })),
      );
      const mails = tokens.map(({ create, token }) =>
        invitationMail({
          to: create.email,
          name: create.name,
          orgName,
          inviterName: ctx.person.name,
          url: `${deps.config.appUrl}/invitation?token=${encodeURIComponent(token)}`,
        }),
      );
      await queueMails(deps.jobs, mails, client);
      invited = creates.length;
    }
    return {
      created: creates.length,
      updated: plan.updates.length,
      unchanged: plan.unchanged,
      invited,
      relationsRecorded,
    };
  });
}
