import { inTransaction } from '#db/transaction.ts';
import type { SessionResponse } from '#shared/contracts/auth.ts';
import type { SignedInPerson } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { AppError, badRequest, notFound } from '../../errors.ts';
import { hashToken, newToken } from '../../tokens.ts';
import { passwordResetMail, queueMail } from '../mail/index.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import * as repo from './repo.ts';

/**
 * Sign-in limits (README "Sign-in limits"). An account gets a few free tries, then a lock that doubles with each
 * further failure up to a short cap; it is the e-mail that is counted, so an address without an account behaves
 * exactly like one with. An address is slowed only once its failures, not yet followed by a success, span many
 * accounts: a hospital behind one NAT address has many people mistyping now and then, each of whom signs in soon
 * after (which clears their failures), while a spray leaves a trail of accounts it never got into.
 */
export const THROTTLE = {
  account: { windowMinutes: 24 * 60, freeTries: 5, firstLockMinutes: 1, maxLockMinutes: 15 },
  address: { windowMinutes: 60, freeAccounts: 30, waitPerAccountSeconds: 30, maxWaitMinutes: 15 },
} as const;

/** Reset e-mails one account receives at most in 15 minutes: the address limit is set high for hospitals, so this stops mail-bombing. */
export const RESETS_PER_ACCOUNT = 3;

/** How long after its last failure an account stays locked, having failed `failures` times: 0 while tries are free. */
function accountLockMs(failures: number): number {
  const { freeTries, firstLockMinutes, maxLockMinutes } = THROTTLE.account;
  if (failures < freeTries) return 0;
  return Math.min(firstLockMinutes * 2 ** (failures - freeTries), maxLockMinutes) * 60_000;
}

/** How long after its last failure an address waits, its failures spanning `accounts` accounts: 0 below the bar. */
function addressWaitMs(accounts: number): number {
  const { freeAccounts, waitPerAccountSeconds, maxWaitMinutes } = THROTTLE.address;
  if (accounts < freeAccounts) return 0;
  return Math.min((accounts - freeAccounts + 1) * waitPerAccountSeconds * 1000, maxWaitMinutes * 60_000);
}

const inWords = (ms: number) => {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return seconds === 1 ? 'a second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
};

/** Refuses a sign-in while its e-mail is locked or its address is slowed, with the wait that is actually left. */
async function checkThrottle(deps: AppDeps, email: string, address: string): Promise<void> {
  const recent = await repo.recentFailures(deps.db, email, address, {
    accountMinutes: THROTTLE.account.windowMinutes,
    addressMinutes: THROTTLE.address.windowMinutes,
  });
  const now = recent.now.getTime();
  const accountWait = recent.accountLastAt
    ? recent.accountLastAt.getTime() + accountLockMs(recent.accountFailures) - now
    : 0;
  const addressWait = recent.addressLastAt
    ? recent.addressLastAt.getTime() + addressWaitMs(recent.addressAccounts) - now
    : 0;
  if (accountWait <= 0 && addressWait <= 0) return;
  // Worded for the e-mail, not "your account": the same answer comes whether or not an account has this address.
  if (accountWait >= addressWait) {
    throw new AppError(
      'too_many_attempts',
      `Too many failed sign-ins with this e-mail address. Wait ${inWords(accountWait)}, or reset your password.`,
    );
  }
  throw new AppError(
    'too_many_attempts',
    `Too many failed sign-ins from your network, across many accounts. Wait ${inWords(addressWait)} and try again.`,
  );
}

const invalidCredentials = () =>
  new AppError('invalid_credentials', 'That e-mail and password do not match an account');

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
  await checkThrottle(deps, input.email, input.address);
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
  if (!person || (await repo.countRecentResets(deps.db, person.id, 15)) >= RESETS_PER_ACCOUNT) return;
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
    const person = await repo.consumePasswordReset(db, hashToken(input.token));
    if (!person)
      throw badRequest('token', 'This reset link is invalid or has expired. Ask for a new one.', 'invalid_token');
    await repo.setPassword(db, person.id, passwordHash);
    // A reset ends every existing session: whoever knew the old password is signed out.
    await repo.deleteSessionsOf(db, person.id);
    // ...and lifts the lock on the account, as the lock's message promises ("or reset your password").
    await repo.clearFailures(db, person.email.toLowerCase());
  });
}

export async function viewInvitation(deps: AppDeps, token: string) {
  const invitation = await repo.findOpenInvitation(deps.db, hashToken(token));
  if (!invitation) throw notFound('That invitation');
  return {
    orgName: invitation.orgName,
    email: invitation.email,
    name: invitation.name,
    hasPassword: invitation.passwordHash !== null,
  };
}

export async function acceptInvitation(
  deps: AppDeps,
  input: { token: string; name: string; password?: string | undefined },
) {
  const invitation = await repo.findOpenInvitation(deps.db, hashToken(input.token));
  if (!invitation) throw notFound('That invitation');
  if (!input.password) throw badRequest('password', 'Choose a password');
  // Someone who already has an account proves it with their password; the link alone only proves the mailbox.
  if (invitation.passwordHash && !(await verifyPassword(invitation.passwordHash, input.password))) {
    throw new AppError('invalid_credentials', 'Enter the password of your existing Kindred account', 'password');
  }
  const newHash = invitation.passwordHash ? null : await hashPassword(input.password);
  await inTransaction(deps.database, async ({ db }) => {
    if (newHash) await repo.setPassword(db, invitation.personId, newHash);
    await repo.renamePerson(db, invitation.personId, input.name);
    const { orgId, personId } = invitation;
    await repo.markInvitationAccepted(db, { invitationId: invitation.id, orgId, personId });
  });
  return {
    token: await openSession(deps, invitation.personId),
    session: await sessionViewOf(deps, invitation.personId),
  };
}

export async function renameSelf(deps: AppDeps, personId: string, name: string) {
  await repo.renamePerson(deps.db, personId, name);
  return sessionViewOf(deps, personId);
}
