import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ZId } from '#shared/contracts/common.ts';
import type { Access, RequestContext } from '../context.ts';
import { forbidden, notFound, unauthenticated } from '../errors.ts';
import { hashToken } from '../tokens.ts';
import { findLiveSession, touchSession } from './access-repo.ts';

export const SESSION_COOKIE = 'kindred_session';

type Membership = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>['membership'];

/** The caller's membership of the organisation in the URL, read with their session; check() decides with it. */
const membershipOf = new WeakMap<FastifyRequest, Membership>();

/** The organisation an org route is about, when its URL names one in the right shape. */
function orgIdOf(request: FastifyRequest): string | null {
  if (request.routeOptions.config.access?.kind !== 'org') return null;
  const orgId = (request.params as { orgId?: unknown } | undefined)?.orgId;
  return ZId.safeParse(orgId).success ? (orgId as string) : null;
}

/** Every API route must declare its rule; only the API reference and the web app's own files are public by nature. */
const isApiRoute = (url: string) =>
  (url.startsWith('/api/') && !url.startsWith('/api/docs')) || url === '/healthz' || url === '/readyz';

/**
 * Authorisation in one place (privacy rule 1). Every route declares `config.access`; a route without one
 * stops the server at start-up, so nothing is reachable by omission. A caller who is not an active member
 * of the organisation in the URL gets 404, exactly as if it did not exist.
 */
export function registerAccess(app: FastifyInstance): void {
  app.decorateRequest('person', null);
  app.decorateRequest('sessionTokenHash', null);
  app.decorateRequest('org', null);
  app.decorate('routeAccess', []);

  app.addHook('onRoute', (route) => {
    route.config ??= {};
    const config = route.config as { access?: Access };
    if (!config.access && isApiRoute(route.url))
      throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    config.access ??= { kind: 'public' };
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') app.routeAccess.push({ method, url: route.url, access: config.access });
    }
  });

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return;
    const tokenHash = hashToken(token);
    const session = await findLiveSession(app.deps.db, tokenHash, orgIdOf(request));
    if (!session) return;
    request.person = { id: session.id, name: session.name, email: session.email };
    request.sessionTokenHash = tokenHash;
    membershipOf.set(request, session.membership);
    if (Date.now() - session.lastSeenAt.getTime() > 3_600_000) await touchSession(app.deps.db, tokenHash);
  });

  app.addHook('preValidation', async (request) => {
    const access = request.routeOptions.config.access;
    // Only the not-found handler has no rule: onRoute gave every real route one or stopped the server.
    if (!access) return;
    await check(app, request, access);
  });
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * A request from this machine itself: the TCP peer is loopback. Never request.ip, which with TRUST_PROXY comes from
 * X-Forwarded-For, a header any client writes. A proxy on this machine would relay everyone from loopback, so a
 * request that carries any forwarding header is not taken as local (a header can only refuse, never admit).
 */
function fromThisMachine(request: FastifyRequest): boolean {
  const { headers } = request;
  const relayed =
    headers['x-forwarded-for'] !== undefined || headers.forwarded !== undefined || headers['x-real-ip'] !== undefined;
  return LOOPBACK.has(request.raw.socket.remoteAddress ?? '') && !relayed;
}

async function check(app: FastifyInstance, request: FastifyRequest, access: Access): Promise<void> {
  switch (access.kind) {
    case 'public':
      return;
    case 'development-only':
      // Caught mail holds every invitation and reset link: only the machine the server runs on may read it.
      if (app.deps.config.env === 'production' || !app.deps.mailCatcherEnabled || !fromThisMachine(request))
        throw notFound();
      return;
    case 'signed-in':
      if (!request.person) throw unauthenticated();
      return;
    case 'org': {
      if (!request.person) throw unauthenticated();
      const orgId = orgIdOf(request);
      const membership = membershipOf.get(request);
      if (!orgId || !membership) throw notFound('That organisation');
      if (access.roles !== 'any-member' && !access.roles.some((r) => membership.roles.includes(r))) throw forbidden();
      request.org = { orgId, timeZone: membership.timeZone, roles: membership.roles };
      return;
    }
  }
}

/** The checked caller of an organisation route; only valid on routes declared with an org access rule. */
export function contextOf(request: FastifyRequest): RequestContext {
  if (!request.person || !request.org) throw unauthenticated();
  return { person: request.person, org: request.org };
}

export function personOf(request: FastifyRequest) {
  if (!request.person) throw unauthenticated();
  return request.person;
}
