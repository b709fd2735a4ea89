import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ZCaughtMailList } from '#shared/contracts/dev-mail.ts';
import { DEVELOPMENT_ONLY } from '../../context.ts';
import { listCaughtMail } from './repo.ts';

/** The development mail page's data: what the built-in catcher received. 404 in production. */
export const devMailRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/dev/mail',
    { config: { access: DEVELOPMENT_ONLY }, schema: { tags: ['development'], summary: 'Mail caught by the built-in mail catcher', response: { 200: ZCaughtMailList } } },
    async () => {
      const rows = await listCaughtMail(app.deps.db);
      return { mail: rows.map((m) => ({ ...m, receivedAt: m.receivedAt.toISOString() })) };
    },
  );
};
