import type { PartnerContact, Profile, SensitiveAttributes } from '#shared/contracts/profile.ts';
import type { RequestContext } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { badRequest, notFound } from '../../errors.ts';
import { findForeignReference } from '../organisation/index.ts';
import * as repo from './repo.ts';

export async function getOwnProfile(deps: AppDeps, ctx: RequestContext) {
  const profile = await repo.findProfile(deps.db, ctx.org.orgId, ctx.person.id);
  if (!profile) throw notFound('Your profile');
  return profile;
}

export async function saveOwnProfile(deps: AppDeps, ctx: RequestContext, profile: Profile) {
  const field = await findForeignReference(deps.db, ctx.org.orgId, {
    siteId: profile.siteId,
    departmentId: profile.departmentId,
  });
  if (field) throw badRequest(field, `Unknown ${field.replace('Id', '')}`);
  await repo.saveProfile(deps.db, ctx.org.orgId, ctx.person.id, profile);
  return getOwnProfile(deps, ctx);
}

// Privacy rule 2: these take no person id from the request; the caller can only ever reach their own row.
export const getOwnSensitiveAttributes = (deps: AppDeps, ctx: RequestContext) =>
  repo.findOwnSensitiveAttributes(deps.db, ctx.org.orgId, ctx.person.id);

export async function saveOwnSensitiveAttributes(deps: AppDeps, ctx: RequestContext, value: SensitiveAttributes) {
  const attributes = [...new Set(value.attributes)];
  await repo.saveOwnSensitiveAttributes(deps.db, ctx.org.orgId, ctx.person.id, { ...value, attributes });
  return getOwnSensitiveAttributes(deps, ctx);
}

/** What the caller shares with a mentoring partner, with their account e-mail to offer as the one to share. */
export async function getOwnPartnerContact(deps: AppDeps, ctx: RequestContext) {
  const contact = await repo.findOwnPartnerContact(deps.db, ctx.org.orgId, ctx.person.id);
  if (!contact) throw notFound('Your profile');
  return { ...contact, accountEmail: ctx.person.email };
}

export async function saveOwnPartnerContact(deps: AppDeps, ctx: RequestContext, contact: PartnerContact) {
  await repo.saveOwnPartnerContact(deps.db, ctx.org.orgId, ctx.person.id, contact);
  return getOwnPartnerContact(deps, ctx);
}
