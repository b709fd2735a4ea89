import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDateTime } from '#web/lib/org-time.ts';
import { useNotifications, type Notification } from '../api/get-notifications.ts';
import { useMarkNotificationRead } from '../api/mark-notification-read.ts';

const SHOWN = 8;

/** A notification's link inside the app: absolute paths stay, paths within the organisation get its prefix. */
function appPath(link: string, orgId: string): string {
  if (link.startsWith('/o/')) return link;
  return `/o/${orgId}${link.startsWith('/') ? link : `/${link}`}`;
}

function NotificationItem({
  notification,
  onRead,
  pending,
}: {
  notification: Notification;
  onRead: () => void;
  pending: boolean;
}) {
  const { orgId, timeZone } = useCurrentOrg();
  const unread = notification.readAt === null;
  return (
    <Paper component="li" withBorder p="md" bg={unread ? 'kindred.0' : undefined}>
      <Group justify="space-between" align="flex-start" gap="sm">
        <div style={{ flex: 1, minWidth: 200 }}>
          <Group gap="xs">
            <Text fw={unread ? 700 : 500}>{notification.title}</Text>
            {unread && (
              <Badge size="sm" radius="sm" variant="light">
                New
              </Badge>
            )}
          </Group>
          {notification.body && <Text size="sm">{notification.body}</Text>}
          <Text size="xs" c="dimmed" mt={4}>
            {formatDateTime(notification.createdAt, timeZone)}
          </Text>
        </div>
        <Group gap="xs">
          {notification.link && (
            <Anchor
              component={Link}
              to={appPath(notification.link, orgId)}
              onClick={unread ? onRead : undefined}
              fw={600}
              aria-label={`Open: ${notification.title}`}
            >
              Open
            </Anchor>
          )}
          {unread && (
            <Button
              variant="default"
              size="xs"
              onClick={onRead}
              loading={pending}
              aria-label={`Mark as read: ${notification.title}`}
            >
              Mark as read
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

/** What happened for the signed-in person: new matches, reminders; unread first. */
export function NotificationList() {
  const { orgId } = useCurrentOrg();
  const notifications = useNotifications(orgId);
  const markRead = useMarkNotificationRead(orgId);
  const all = notifications.data ?? [];
  const unread = all.filter((n) => n.readAt === null);
  const shown = [...unread, ...all.filter((n) => n.readAt !== null)].slice(0, SHOWN);

  return (
    <section aria-labelledby="notifications">
      <Group gap="sm" mb="sm">
        <Title order={2} size="h3" id="notifications">
          Notifications
        </Title>
        {unread.length > 0 && (
          <Badge size="lg" radius="sm" color="kindred">
            {unread.length} unread
          </Badge>
        )}
      </Group>
      {notifications.isPending && <PageLoader label="Loading notifications" />}
      {notifications.isError && <QueryError error={notifications.error} onRetry={() => void notifications.refetch()} />}
      {notifications.data && all.length === 0 && (
        <Text c="dimmed">Nothing new. When you are matched or a meeting is due, it shows up here.</Text>
      )}
      <FormError message={markRead.isError ? errorMessage(markRead.error) : null} />
      {shown.length > 0 && (
        <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
          {shown.map((notification) => (
            <NotificationItem
              key={notification.id}
              notification={notification}
              onRead={() => markRead.mutate(notification.id)}
              pending={markRead.isPending && markRead.variables === notification.id}
            />
          ))}
        </Stack>
      )}
    </section>
  );
}
