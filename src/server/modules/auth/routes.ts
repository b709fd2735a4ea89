import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
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
import { ZErrorResponse } from '#shared/contracts/common.ts';
import { PUBLIC, SIGNED_IN } from '../../context.ts';
import { personOf, SESSION_COOKIE } from '../../plugins/access.ts';
import { SESSION_DAYS } from '../../plugins/access-repo.ts';
import * as auth from './service.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse, 429: ZErrorResponse };
/**
 * Flood guards per address and instance, set for a whole hospital behind one NAT address (README "Sign-in limits"):
 * they stop a script hammering the server, never a shift signing in. What stops guessing is the sign-in throttle in
 * the service, and links are 256-bit tokens that cannot be guessed.
 */
const perAddress = (max: number) => ({ rateLimit: { max, timeWindow: '15 minutes' } });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const setSessionCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: app.deps.config.cookieSecure,
      sameSite: 'lax',
      path: '/',
      maxAge: SESSION_DAYS * 86_400,
    });

  app.get(
    '/api/auth/csrf',
    { config: { access: PUBLIC }, schema: { tags: ['auth'], summary: 'Get a CSRF token to send as x-csrf-token', response: { 200: ZCsrfResponse } } },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.get(
    '/api/auth/session',
    {
      config: { access: PUBLIC },
      schema: { tags: ['auth'], summary: 'Who is signed in, and their organisations; person is null when nobody is', response: { 200: ZSessionState, ...errors } },
    },
    // Every signed-out page asks this first: a 401 would be an error in the browser's console on each of them.
    async (request) => (request.person ? auth.sessionView(app.deps, request.person) : { person: null, memberships: [] }),
  );

  app.post(
    '/api/auth/sign-in',
    {
      config: { access: PUBLIC, ...perAddress(1000) },
      schema: { tags: ['auth'], summary: 'Sign in with e-mail and password', body: ZSignInRequest, response: { 200: ZSessionResponse, ...errors } },
    },
    async (request, reply) => {
      const { token, session } = await auth.signIn(app.deps, { ...request.body, address: request.ip });
      setSessionCookie(reply, token);
      return session;
    },
  );

  app.post(
    '/api/auth/sign-out',
    { config: { access: PUBLIC }, schema: { tags: ['auth'], summary: 'Sign out of this browser', response: { 204: z.null() } } },
    async (request, reply) => {
      await auth.signOut(app.deps, request.sessionTokenHash);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset/request',
    {
      config: { access: PUBLIC, ...perAddress(300) },
      schema: { tags: ['auth'], summary: 'E-mail a password reset link (answers 202 whether or not the account exists)', body: ZPasswordResetRequest, response: { 202: z.null(), ...errors } },
    },
    async (request, reply) => {
      await auth.requestPasswordReset(app.deps, request.body.email);
      return reply.status(202).send(null);
    },
  );

  app.post(
    '/api/auth/password-reset/complete',
    {
      config: { access: PUBLIC, ...perAddress(300) },
      schema: { tags: ['auth'], summary: 'Set a new password with a reset link', body: ZPasswordResetComplete, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await auth.completePasswordReset(app.deps, request.body);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api/auth/invitations/:token',
    {
      config: { access: PUBLIC, ...perAddress(1000) },
      schema: { tags: ['auth'], summary: 'What an invitation link is for', params: z.object({ token: z.string().min(20).max(200) }), response: { 200: ZInvitationView, ...errors } },
    },
    async (request) => auth.viewInvitation(app.deps, request.params.token),
  );

  app.post(
    '/api/auth/invitations/accept',
    {
      config: { access: PUBLIC, ...perAddress(300) },
      schema: { tags: ['auth'], summary: 'Accept an invitation, set a password and sign in', body: ZInvitationAccept, response: { 200: ZSessionResponse, ...errors } },
    },
    async (request, reply) => {
      const { token, session } = await auth.acceptInvitation(app.deps, request.body);
      setSessionCookie(reply, token);
      return session;
    },
  );

  app.patch(
    '/api/me',
    { config: { access: SIGNED_IN }, schema: { tags: ['auth'], summary: 'Change your own name', body: ZUpdateMeRequest, response: { 200: ZSessionResponse, ...errors } } },
    async (request) => auth.renameSelf(app.deps, personOf(request).id, request.body.name),
  );
};
