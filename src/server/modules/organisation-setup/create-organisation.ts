import { organisations } from '#db/schema/index.ts';
import { inTransaction } from '#db/transaction.ts';
import type { AppDeps } from '../../deps.ts';
import { ensureMember, findOrCreatePerson, issueInvitation } from '../people/index.ts';

export interface NewOrganisation {
  name: string;
  slug: string;
  timeZone: string;
  country: string;
  admin: { email: string; name: string };
}

/**
 * An installation operator's act (npm run org:create), not an API route: creates the organisation and
 * invites its first admin, who sets everything else up in the app.
 */
export async function createOrganisation(deps: AppDeps, input: NewOrganisation) {
  return inTransaction(deps.database, async (scope) => {
    const [org] = await scope.db
      .insert(organisations)
      .values({ name: input.name, slug: input.slug, timeZone: input.timeZone, country: input.country })
      .returning({ id: organisations.id });
    const person = await findOrCreatePerson(scope.db, input.admin.email, input.admin.name);
    await ensureMember(scope.db, org!.id, person.id, {
      roles: ['member', 'org_admin'],
      siteId: null,
      departmentId: null,
      cohortId: null,
      invitedName: input.admin.name,
    });
    const invitation = await issueInvitation(deps, scope, {
      orgId: org!.id,
      orgName: input.name,
      person,
      inviterName: null,
      inviterId: null,
    });
    return { orgId: org!.id, adminEmail: person.email, invitationUrl: invitation.url };
  });
}
