import { z } from 'zod';
import { ZOrgParams } from '#shared/contracts/common.ts';
import { ZNotification, ZNotificationParams } from '#shared/contracts/mentoring.ts';
import { ANY_MEMBER } from '../../context.ts';
import { get, NO_CONTENT, post, routeTable } from '../../route-table.ts';
import * as notifications from './service.ts';

/** In-app notifications: each person reads and clears only their own. */
export const notificationRoutes = routeTable({ tags: ['notifications'] }, [
  get('/api/orgs/:orgId/notifications', {
    access: ANY_MEMBER,
    summary: 'Your latest notifications',
    params: ZOrgParams,
    response: z.object({ notifications: z.array(ZNotification) }),
    handler: async ({ deps, ctx }) => ({ notifications: await notifications.listOwnNotifications(deps, ctx) }),
  }),
  post('/api/orgs/:orgId/notifications/:notificationId/read', {
    access: ANY_MEMBER,
    summary: 'Mark a notification read',
    params: ZNotificationParams,
    response: NO_CONTENT,
    status: 204,
    handler: ({ deps, ctx, params }) => notifications.markOwnRead(deps, ctx, params.notificationId),
  }),
]);
