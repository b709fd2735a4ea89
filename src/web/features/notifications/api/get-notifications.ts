import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ZNotification } from '#shared/contracts/mentoring.ts';
import { api } from '#web/lib/api-client.ts';

export type Notification = z.output<typeof ZNotification>;

export const notificationsKey = (orgId: string) => ['orgs', orgId, 'notifications'] as const;

export function getNotifications(orgId: string): Promise<{ notifications: Notification[] }> {
  return api(`/api/orgs/${orgId}/notifications`);
}

export function useNotifications(orgId: string) {
  return useQuery({
    queryKey: notificationsKey(orgId),
    queryFn: () => getNotifications(orgId),
    select: (data) => data.notifications,
  });
}
