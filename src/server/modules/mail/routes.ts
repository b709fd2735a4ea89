import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCaughtMailList } from '#shared/contracts/dev-mail.ts';
import { DEVELOPMENT_ONLY } from '../../context.ts';
import { get, routeTable } from '../../route-table.ts';
import { listCaughtMail } from './repo.ts';

/**
 * The development mail page's data: what the built-in catcher received. Served only to requests from this
 * machine, never in production, never with real SMTP; 404 to everyone else (plugins/access.ts).
 */
export const devMailRoutes = routeTable({ tags: ['development'] }, [
  get('/api/dev/mail', {
    access: DEVELOPMENT_ONLY,
    summary: 'Mail caught by the built-in mail catcher',
    response: ZCaughtMailList,
    handler: async ({ deps }) => ({ mail: await listCaughtMail(deps.db) }),
  }),
]);

/**
 * The page too, not only its data, is 404 to anyone else; when allowed, the web app is served as for any page.
 * Outside the table: it is hidden from the API reference and answers nothing of its own (no body, no schema).
 */
export const devMailPage: FastifyPluginAsyncZod = async (app) => {
  app.get('/dev/mail', { config: { access: DEVELOPMENT_ONLY }, schema: { hide: true } }, (_request, reply) =>
    reply.callNotFound(),
  );
};
