import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { PUBLIC } from '../../context.ts';

const tags = ['operations'];

/**
 * For load balancers: /healthz says the process is up, /readyz that it can reach PostgreSQL.
 * Outside the route table: they are polled every few seconds, so they log only warnings (`logLevel`), and
 * /readyz answers its 503 with `{ status: 'unavailable' }`, not the error body the table documents.
 */
export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      config: { access: PUBLIC },
      logLevel: 'warn',
      schema: { tags, summary: 'Liveness', response: { 200: z.object({ status: z.literal('ok') }) } },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/readyz',
    {
      config: { access: PUBLIC },
      logLevel: 'warn',
      schema: {
        tags,
        summary: 'Readiness (database reachable)',
        response: {
          200: z.object({ status: z.literal('ready') }),
          503: z.object({ status: z.literal('unavailable') }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await app.deps.database.pool.query('SELECT 1');
        return { status: 'ready' as const };
      } catch {
        return reply.status(503).send({ status: 'unavailable' as const });
      }
    },
  );
};
