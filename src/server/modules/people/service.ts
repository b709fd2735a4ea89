import { inTransaction } from '#db/transaction.ts';
import type { Role } from '#shared/contracts/common.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, conflict, notFound } from '../../errors.ts';
import { findForeignReference } from '../organisation/index.ts';
import { issueInvitation } from './invitations.ts';
import * as repo from './repo.ts';

type Placement = { siteId: string | null; departmentId: string | null; cohortId: string | null };

async function assertOwnPlacement(deps: AppDeps, ctx: RequestContext, placement: Placement) {
  const field = await findForeignReference(deps.db, ctx.org.orgId, placement);
  if (field) throw badRequest(field, `Unknown ${field.replace('Id', '')}`);
}

export const listPeople = (deps: AppDeps, ctx: RequestContext, query: Parameters<typeof repo.listPeople>[2]) =>
  repo.listPeople(deps.db, ctx.org.orgId, query);

export async function updatePerson(
  deps: AppDeps,
  ctx: RequestContext,
  personId: string,
  values: Placement & { roles: Role[] },
) {
  await assertOwnPlacement(deps, ctx, values);
  const current = await repo.findPerson(deps.db, ctx.org.orgId, personId);
  if (!current) throw notFound('That person');
  const roles = [...new Set<Role>(['member', ...values.roles])];
  // An organisation is never left without an admin: they could not be reached again from inside Kindred.
  if (
    current.roles.includes('org_admin') &&
    !roles.includes('org_admin') &&
    (await repo.countAdmins(deps.db, ctx.org.orgId)) <= 1
  ) {
    throw conflict('last_admin', 'This is the only organisation admin; make someone else admin first', 'roles');
  }
  await repo.updateMember(deps.db, ctx.org.orgId, personId, { ...values, roles });
  return (await repo.findPerson(deps.db, ctx.org.orgId, personId))!;
}

export async function removePerson(deps: AppDeps, ctx: RequestContext, personId: string) {
  const current = await repo.findPerson(deps.db, ctx.org.orgId, personId);
  if (!current) throw notFound('That person');
  if (current.roles.includes('org_admin') && (await repo.countAdmins(deps.db, ctx.org.orgId)) <= 1) {
    throw conflict('last_admin', 'This is the only organisation admin; make someone else admin first');
  }
  await repo.deleteMember(deps.db, ctx.org.orgId, personId);
}

export async function invitePerson(
  deps: AppDeps,
  ctx: RequestContext,
  input: Placement & { email: string; name: string; roles: Role[] },
) {
  await assertOwnPlacement(deps, ctx, input);
  const roles = [...new Set<Role>(['member', ...input.roles])];
  return inTransaction(deps.database, async (scope) => {
    // Whether the address already has an account changes nothing the organisation sees: not the answer, not the
    // name (it sees the one it typed until the person accepts), and the same statements run either way.
    const { id: personId } = await repo.findOrCreatePerson(scope.db, input.email, input.name);
    const placement = { roles, siteId: input.siteId, departmentId: input.departmentId, cohortId: input.cohortId };
    const membership = await repo.ensureMember(scope.db, ctx.org.orgId, personId, {
      ...placement,
      invitedName: input.name,
    });
    if (membership.status === 'active') throw conflict('already_member', `${input.email} is already a member`, 'email');
    const orgName = await repo.findOrganisationName(scope.db, ctx.org.orgId);
    const person = { id: personId, name: input.name, email: input.email };
    const { expiresAt } = await issueInvitation(deps, scope, {
      orgId: ctx.org.orgId,
      orgName,
      person,
      inviterName: ctx.person.name,
      inviterId: ctx.person.id,
    });
    return { personId, email: input.email, expiresAt: expiresAt.toISOString() };
  });
}

export async function resendInvitation(deps: AppDeps, ctx: RequestContext, personId: string) {
  const person = await repo.findPerson(deps.db, ctx.org.orgId, personId);
  if (!person) throw notFound('That person');
  if (person.status === 'active') throw conflict('already_member', `${person.email} has already joined`);
  return inTransaction(deps.database, async (scope) => {
    const orgName = await repo.findOrganisationName(scope.db, ctx.org.orgId);
    const { expiresAt } = await issueInvitation(deps, scope, {
      orgId: ctx.org.orgId,
      orgName,
      person,
      inviterName: ctx.person.name,
      inviterId: ctx.person.id,
    });
    return { personId: person.id, email: person.email, expiresAt: expiresAt.toISOString() };
  });
}
