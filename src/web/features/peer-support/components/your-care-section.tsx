import { Alert, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import type { SupporterSelf } from '#shared/contracts/peer-support.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate, todayIn } from '#web/lib/org-time.ts';
import { useSupporterSelf } from '../api/get-supporter-self.ts';
import { AskMyDebrief } from './ask-my-debrief.tsx';
import { BreakPanel } from './break-panel.tsx';
import { MyShifts } from './my-shifts.tsx';
import { MySupervision } from './my-supervision.tsx';

/** "Supporters are people too" (issue 13, step 7): training, a named supervisor, supervision, load, a break. */
export function YourCareSection() {
  const { orgId } = useCurrentOrg();
  const self = useSupporterSelf(orgId, true);
  return (
    <Section title="Your care">
      {self.isPending && <PageLoader />}
      {self.isError && <QueryError error={self.error} onRetry={() => void self.refetch()} />}
      {self.data && <YourCare self={self.data} />}
    </Section>
  );
}

function YourCare({ self }: { self: SupporterSelf }) {
  const { timeZone } = useCurrentOrg();
  const today = todayIn(timeZone);
  const overCap = self.loadThisWeek >= self.weeklyCap;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={3} size="h4">
          Your load
        </Title>
        <Text>
          You took {self.loadThisWeek} {self.loadThisWeek === 1 ? 'request' : 'requests'} in the last 7 days; your limit
          is {self.weeklyCap}. {self.openRequests} still open.
        </Text>
        {overCap && (
          <Text c="dimmed" size="sm">
            You have reached your limit, so no new requests come to you until your week eases.
          </Text>
        )}
      </Stack>
      <BreakPanel breakUntil={self.breakUntil} />
      <Stack gap={4}>
        <Title order={3} size="h4">
          Your training
        </Title>
        {!self.trained && (
          <Alert color="orange" variant="light">
            Your training has expired or is not recorded, so requests do not come to you. Ask the program lead.
          </Alert>
        )}
        {self.training.length > 0 && (
          <List spacing={4}>
            {self.training.map((t) => (
              <List.Item key={t.id}>
                <Group gap="xs" wrap="wrap">
                  <Text span>
                    {t.title}, valid until {formatCalendarDate(t.expiresOn)}
                  </Text>
                  {t.expiresOn < today && (
                    <Badge color="orange" variant="light">
                      Expired
                    </Badge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
      <MySupervision self={self} />
      <AskMyDebrief />
      <MyShifts shifts={self.shifts} coverWanted={self.coverWanted} />
    </Stack>
  );
}
