import { inTransaction } from '#db/transaction.ts';
import type { SessionResponse } from '#shared/contracts/auth.ts';
import type { SignedInPerson } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { queueMail } from '../mail/mailer.ts';
import { passwordResetMail } from '../mail/templates.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import * as repo from './repo.ts';

/** Throttle windows: an account locks after 5 failures in 15 minutes, an address after 20. */
export const THROTTLE = { windowMinutes: 15, perAccount: 5, perAddress: 20 } as const;

const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'That e-mail and password do not match an account');

/** Who is signed in and their organisations, for a person already read (by the session check, or at sign-in). */
export async function sessionView(deps: AppDeps, person: SignedInPerson): Promise<SessionResponse> {
  const memberships = await repo.listMemberships(deps.db, person.id);
  return { person: { id: person.id, name: person.name, email: person.email }, memberships };
}

async function sessionViewOf(deps: AppDeps, personId: string): Promise<SessionResponse> {
  const person = await repo.findPersonById(deps.db, personId);
  if (!person) throw notFound('That person');
  return sessionView(deps, person);
}

async function openSession(deps: AppDeps, personId: string): Promise<string> {
  const token = newToken();
  await repo.createSession(deps.db, personId, hashToken(token));
  return token;
}

export async function signIn(deps: AppDeps, input: { email: string; password: string; address: string }) {
  const failures = await repo.recentFailures(deps.db, input.email, input.address, THROTTLE.windowMinutes);
  if (failures.byEmail >= THROTTLE.perAccount || failures.byAddress >= THROTTLE.perAddress) {
    throw new AppError(429, 'too_many_attempts', `Too many attempts. Wait ${THROTTLE.windowMinutes} minutes, or reset your password.`);
  }
  const person = await repo.findPersonByEmail(deps.db, input.email);
  const ok = await verifyPassword(person?.passwordHash ?? null, input.password);
  if (!person || !ok) {
    await repo.recordFailure(deps.db, input.email, input.address);
    throw invalidCredentials();
  }
  await repo.clearFailures(deps.db, input.email);
  return { token: await openSession(deps, person.id), session: await sessionView(deps, person) };
}

export async function signOut(deps: AppDeps, tokenHash: string | null): Promise<void> {
  if (tokenHash) await repo.deleteSession(deps.db, tokenHash);
}

/** Always succeeds from the caller's view, so the form cannot be used to learn who has an account. */
export async function requestPasswordReset(deps: AppDeps, email: string): Promise<void> {
  const person = await repo.findPersonByEmail(deps.db, email);
  if (!person) return;
  const token = newToken();
  await inTransaction(deps.database, async ({ db, client }) => {
    await repo.createPasswordReset(db, person.id, hashToken(token));
    const url = `${deps.config.appUrl}/reset-password?token=${encodeURIComponent(token)}`;
    await queueMail(deps.jobs, passwordResetMail({ to: person.email, name: person.name, url }), client);
  });
}

export async function completePasswordReset(deps: AppDeps, input: { token: string; password: string }): Promise<void> {
  const passwordHash = await hashPassword(input.password);
  await inTransaction(deps.database, async ({ db }) => {
    const personId = await repo.consumePasswordReset(db, hashToken(input.token));
    if (!personId) throw badRequest('token', 'This reset link is invalid or has expired. Ask for a new one.', 'invalid_token');
    await repo.setPassword(db, personId, passwordHash);
    // A reset ends every existing session: whoever knew the old password is signed out.
    await repo.deleteSessionsOf(db, personId);
  });
}

export async function viewInvitation(deps: AppDeps, token: string) {
  const invitation = await repo.findOpenInvitation(deps.db, hashToken(token));
  if (!invitation) throw notFound('That invitation');
  return { orgName: invitation.orgName, email: invitation.email, name: invitation.name, hasPassword: invitation.passwordHash !== null };
}

export async function acceptInvitation(deps: AppDeps, input: { token: string; name: string; password?: string | undefined }) {
  const invitation = await repo.findOpenInvitation(deps.db, hashToken(input.token));
  if (!invitation) throw notFound('That invitation');
  if (!input.password) throw badRequest('password', 'Choose a password');
  // Someone who already has an account proves it with their password; the link alone only proves the mailbox.
  if (invitation.passwordHash && !(await verifyPassword(invitation.passwordHash, input.password))) {
    throw new AppError(401, 'invalid_credentials', 'Enter the password of your existing Kindred account', 'password');
  }
  const newHash = invitation.passwordHash ? null : await hashPassword(input.password);
  await inTransaction(deps.database, async ({ db }) => {
    if (newHash) await repo.setPassword(db, invitation.personId, newHash);
    await repo.renamePerson(db, invitation.personId, input.name);
    await repo.markInvitationAccepted(db, invitation.id, invitation.orgId, invitation.personId);
  });
  return { token: await openSession(deps, invitation.personId), session: await sessionViewOf(deps, invitation.personId) };
}

export async function renameSelf(deps: AppDeps, personId: string, name: string) {
  await repo.renamePerson(deps.db, personId, name);
  return sessionViewOf(deps, personId);
}
