import type { Executor } from '#db/client.ts';
import type pg from 'pg';
import type { AppDeps } from '../../deps.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { invitationMail, queueMail } from '../mail/index.ts';
import * as repo from './repo.ts';

/**
 * Writes a fresh invitation and queues its e-mail in the caller's transaction: either both exist or neither.
 * Shared by single invitations and the CSV import.
 */
export async function issueInvitation(
  deps: AppDeps,
  scope: { db: Executor; client: pg.PoolClient },
  input: {
    orgId: string;
    orgName: string;
    person: { id: string; name: string; email: string };
    inviterName: string | null;
    inviterId: string | null;
  },
) {
  const token = newToken();
  const { expiresAt } = await repo.createInvitation(scope.db, {
    orgId: input.orgId,
    personId: input.person.id,
    tokenHash: hashToken(token),
    invitedBy: input.inviterId,
  });
  const url = `${deps.config.appUrl}/invitation?token=${encodeURIComponent(token)}`;
  const mail = invitationMail({
    to: input.person.email,
    name: input.person.name,
    orgName: input.orgName,
    inviterName: input.inviterName,
    url,
  });
  await queueMail(deps.jobs, mail, scope.client);
  return { expiresAt, url };
}
