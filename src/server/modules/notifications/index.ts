import type { ServerModule } from '../../module.ts';
import { notificationRoutes } from './routes.ts';

/** In-app notifications: other features notify; a person reads and marks theirs. */
export const notificationsModule: ServerModule = { name: 'notifications', routes: [notificationRoutes], jobs: [] };

export { forgetNotificationsLinkedTo, hasUnreadNotification, notify, withdrawUnreadNotifications } from './repo.ts';
