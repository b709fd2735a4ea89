import type { Executor } from '#db/client.ts';
import { inTransaction } from '#db/transaction.ts';
import type { ImportPreview } from '#shared/contracts/people.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, badRequest } from '../../errors.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { queueMails } from '../mail/mailer.ts';
import { invitationMail } from '../mail/templates.ts';
import { type ImportRow, normaliseName, parsePeopleCsv } from './parse.ts';
import * as repo from './repo.ts';

interface Plan {
  rows: ImportRow[];
  errors: ImportPreview['errors'];
  creates: (repo.MemberWrite & { email: string; name: string })[];
  updates: repo.MemberWrite[];
  unchanged: number;
}

const sameRoles = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Decides, row by row, what the file would change. Importing only adds: roles are merged with those a person
 * already has, and an empty site, department or cohort cell keeps the current one. So the same file twice
 * changes nothing the second time.
 */
async function planImport(db: Executor, orgId: string, csv: string): Promise<Plan> {
  const names = await repo.namesOf(db, orgId);
  const parsed = parsePeopleCsv(csv, { sites: new Set(names.sites.keys()), departments: new Set(names.departments.keys()), cohorts: new Set(names.cohorts.keys()) });
  if ('missingColumn' in parsed) throw badRequest('csv', `The file has no "${parsed.missingColumn}" column. The first line must name the columns: email, name, roles, site, department, cohort.`);
  const existing = await repo.findExisting(db, orgId, parsed.rows.map((r) => r.email));
  const plan: Plan = { rows: parsed.rows, errors: parsed.errors, creates: [], updates: [], unchanged: 0 };
  const idOf = (index: Map<string, string>, name: string) => (name ? (index.get(normaliseName(name)) ?? null) : null);
  for (const row of parsed.rows) {
    const placement = { siteId: idOf(names.sites, row.site), departmentId: idOf(names.departments, row.department), cohortId: idOf(names.cohorts, row.cohort) };
    const found = existing.get(row.email);
    if (!found?.member) {
      plan.creates.push({ personId: found?.personId ?? '', email: row.email, name: row.name, roles: row.roles, ...placement });
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

export async function previewImport(deps: AppDeps, ctx: RequestContext, csv: string): Promise<ImportPreview> {
  const plan = await planImport(deps.db, ctx.org.orgId, csv);
  return {
    rows: plan.rows.length + new Set(plan.errors.map((e) => e.row)).size,
    toCreate: plan.creates.length,
    toUpdate: plan.updates.length,
    unchanged: plan.unchanged,
    errors: plan.errors,
    sample: plan.rows.slice(0, 10),
  };
}

/** Writes the whole file in one transaction, or nothing at all when any row has an error. */
export async function commitImport(deps: AppDeps, ctx: RequestContext, input: { csv: string; sendInvitations: boolean }) {
  return inTransaction(deps.database, async ({ db, client }) => {
    await repo.lockImports(db, ctx.org.orgId);
    const plan = await planImport(db, ctx.org.orgId, input.csv);
    if (plan.errors.length > 0) {
      const first = plan.errors[0]!;
      throw new AppError(400, 'import_has_errors', `The file has ${plan.errors.length} problem(s); the first is on line ${first.row}: ${first.message}`, 'csv');
    }
    const personIds = await repo.createPersons(db, plan.creates.map((c) => ({ email: c.email, name: c.name })));
    const creates = plan.creates.map((c) => ({ ...c, personId: personIds.get(c.email)!, invitedName: c.name }));
    await repo.insertMembers(db, ctx.org.orgId, creates);
    await repo.updateMembers(db, ctx.org.orgId, plan.updates);

    let invited = 0;
    if (input.sendInvitations && creates.length > 0) {
      const orgName = await repo.organisationName(db, ctx.org.orgId);
      const tokens = creates.map((c) => ({ create: c, token: newToken() }));
      await repo.insertInvitations(db, ctx.org.orgId, ctx.person.id, tokens.map((t) => ({ personId: t.create.personId, tokenHash: hashToken(t.token) })));
      const mails = tokens.map(({ create, token }) =>
        invitationMail({ to: create.email, name: create.name, orgName, inviterName: ctx.person.name, url: `${deps.config.appUrl}/invitation?token=${encodeURIComponent(token)}` }),
      );
      await queueMails(deps.jobs, mails, client);
      invited = creates.length;
    }
    return { created: creates.length, updated: plan.updates.length, unchanged: plan.unchanged, invited };
  });
}
