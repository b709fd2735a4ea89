import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ZErrorResponse, ZOrgParams } from '#shared/contracts/common.ts';
import { ZNotification, ZNotificationParams } from '#shared/contracts/mentoring.ts';
import { ANY_MEMBER } from '../../context.ts';
import { notFound } from '../../errors.ts';
import { contextOf } from '../../plugins/access.ts';
import { listNotifications, markRead } from './repo.ts';

const errors = { 400: ZErrorResponse, 401: ZErrorResponse, 404: ZErrorResponse };

/** In-app notifications: each person reads and clears only their own. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/orgs/:orgId/notifications',
    { config: { access: ANY_MEMBER }, schema: { tags: ['notifications'], summary: 'Your latest notifications', params: ZOrgParams, response: { 200: z.object({ notifications: z.array(ZNotification) }), ...errors } } },
    async (request) => {
      const ctx = contextOf(request);
      const rows = await listNotifications(app.deps.db, ctx.org.orgId, ctx.person.id);
      return { notifications: rows.map((n) => ({ ...n, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })) };
    },
  );
  app.post(
    '/api/orgs/:orgId/notifications/:notificationId/read',
    { config: { access: ANY_MEMBER }, schema: { tags: ['notifications'], summary: 'Mark a notification read', params: ZNotificationParams, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const ctx = contextOf(request);
      if (!(await markRead(app.deps.db, ctx.org.orgId, ctx.person.id, request.params.notificationId))) throw notFound('That notification');
      return reply.status(204).send(null);
    },
  );
};
