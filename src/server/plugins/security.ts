import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';

/**
 * Security headers with a strict CSP: scripts only from our own origin, no inline scripts, no framing.
 * Inline styles stay allowed because Mantine sets CSS variables through style attributes.
 * Helmet itself, built once: @fastify/helmet builds it again for every request, which cost more than
 * some of our handlers under load (bench/api-load.ts).
 */
export async function registerSecurity(app: FastifyInstance): Promise<void> {
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onRequest', (request, reply, done) =>
    setHeaders(request.raw, reply.raw, (error) => done(error instanceof Error ? error : undefined)),
  );
  // Limits are opted into per route (auth routes); the per-account sign-in throttle lives in the auth service.
  await app.register(rateLimit, { global: false });
}
