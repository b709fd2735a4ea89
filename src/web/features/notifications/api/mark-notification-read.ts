import { api } from '#web/lib/api-client.ts';
import { useInvalidatingMutation } from '#web/lib/invalidating-mutation.ts';
import { notificationsKey } from './get-notifications.ts';

export function markNotificationRead(orgId: string, notificationId: string): Promise<void> {
  return api(`/api/orgs/${orgId}/notifications/${notificationId}/read`, { method: 'POST' });
}

export function useMarkNotificationRead(orgId: string) {
  return useInvalidatingMutation(
    (notificationId: string) => markNotificationRead(orgId, notificationId),
    notificationsKey(orgId),
  );
}
