import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCaughtMailList } from '#shared/contracts/dev-mail.ts';
import { DEVELOPMENT_ONLY } from '../../context.ts';
import { listCaughtMail } from './repo.ts';

/**
 * The development mail page and its data: what the built-in catcher received. Served only to requests from this
 * machine, never in production, never with real SMTP; 404 to everyone else (plugins/access.ts).
 */
export const devMailRoutes: FastifyPluginAsyncZod = async (app) => {
  // The page too, not only its data, is 404 to anyone else; when allowed, the web app is served as for any page.
  app.get('/dev/mail', { config: { access: DEVELOPMENT_ONLY }, schema: { hide: true } }, (_request, reply) => reply.callNotFound());
  app.get(
    '/api/dev/mail',
    { config: { access: DEVELOPMENT_ONLY }, schema: { tags: ['development'], summary: 'Mail caught by the built-in mail catcher', response: { 200: ZCaughtMailList } } },
    async () => {
      const rows = await listCaughtMail(app.deps.db);
      return { mail: rows.map((m) => ({ ...m, receivedAt: m.receivedAt.toISOString() })) };
    },
  );
};
