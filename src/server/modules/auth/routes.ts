import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import {
  ZCsrfResponse,
  ZInvitationAccept,
  ZInvitationView,
  ZPasswordResetComplete,
  ZPasswordResetRequest,
  ZSessionResponse,
  ZSessionState,
  ZSignInRequest,
  ZUpdateMeRequest,
} from '#shared/contracts/auth.ts';
import { PUBLIC, SIGNED_IN } from '../../context.ts';
import type { AppDeps } from '../../deps.ts';
import { SESSION_COOKIE } from '../../plugins/access.ts';
import { SESSION_DAYS } from '../../plugins/access-repo.ts';
import { get, NO_CONTENT, patch, post, routeTable } from '../../route-table.ts';
import * as auth from './service.ts';

/**
 * Flood guards per address and instance, set for a whole hospital behind one NAT address (README "Sign-in limits"):
 * they stop a script hammering the server, never a shift signing in. What stops guessing is the sign-in throttle in
 * the service, and links are 256-bit tokens that cannot be guessed.
 */
const perAddress = (max: number) => ({ rateLimit: { max, timeWindow: '15 minutes' } });

const setSessionCookie = (deps: AppDeps, reply: FastifyReply, token: string) =>
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    secure: deps.config.cookieSecure,
    sameSite: 'lax',
    path: '/',
    maxAge: SESSION_DAYS * 86_400,
  });

const ZInvitationToken = z.object({ token: z.string().min(20).max(200) });

/** Signing in and out, password resets and invitations: the routes that set or clear the session cookie. */
export const authRoutes = routeTable({ tags: ['auth'] }, [
  get('/api/auth/csrf', {
    access: PUBLIC,
    summary: 'Get a CSRF token to send as x-csrf-token',
    response: ZCsrfResponse,
    handler: async ({ reply }) => ({ token: reply.generateCsrf() }),
  }),
  get('/api/auth/session', {
    access: PUBLIC,
    summary: 'Who is signed in, and their organisations; person is null when nobody is',
    response: ZSessionState,
    // Every signed-out page asks this first: a 401 would be an error in the browser's console on each of them.
    handler: async ({ deps, request }) =>
      request.person ? auth.sessionView(deps, request.person) : { person: null, memberships: [] },
  }),
  post('/api/auth/sign-in', {
    access: PUBLIC,
    config: perAddress(1000),
    summary: 'Sign in with e-mail and password',
    body: ZSignInRequest,
    response: ZSessionResponse,
    handler: async ({ deps, body, request, reply }) => {
      const { token, session } = await auth.signIn(deps, { ...body, address: request.ip });
      setSessionCookie(deps, reply, token);
      return session;
    },
  }),
  post('/api/auth/sign-out', {
    access: PUBLIC,
    summary: 'Sign out of this browser',
    response: NO_CONTENT,
    status: 204,
    handler: async ({ deps, request, reply }) => {
      await auth.signOut(deps, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
    },
  }),
  post('/api/auth/password-reset/request', {
    access: PUBLIC,
    config: perAddress(300),
    summary: 'E-mail a password reset link (answers 202 whether or not the account exists)',
    body: ZPasswordResetRequest,
    response: NO_CONTENT,
    status: 202,
    handler: ({ deps, body }) => auth.requestPasswordReset(deps, body.email),
  }),
  post('/api/auth/password-reset/complete', {
    access: PUBLIC,
    config: perAddress(300),
    summary: 'Set a new password with a reset link',
    body: ZPasswordResetComplete,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, body }) => auth.completePasswordReset(deps, body),
  }),
  get('/api/auth/invitations/:token', {
    access: PUBLIC,
    config: perAddress(1000),
    summary: 'What an invitation link is for',
    params: ZInvitationToken,
    response: ZInvitationView,
    handler: ({ deps, params }) => auth.viewInvitation(deps, params.token),
  }),
  post('/api/auth/invitations/accept', {
    access: PUBLIC,
    config: perAddress(300),
    summary: 'Accept an invitation, set a password and sign in',
    body: ZInvitationAccept,
    response: ZSessionResponse,
    handler: async ({ deps, body, reply }) => {
      const { token, session } = await auth.acceptInvitation(deps, body);
      setSessionCookie(deps, reply, token);
      return session;
    },
  }),
  patch('/api/me', {
    access: SIGNED_IN,
    summary: 'Change your own name',
    body: ZUpdateMeRequest,
    response: ZSessionResponse,
    handler: ({ deps, person, body }) => auth.renameSelf(deps, person.id, body.name),
  }),
]);
