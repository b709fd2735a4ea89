import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ROLE_LABELS, type Role } from '#shared/contracts/common.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { NotificationList } from '#web/features/notifications/components/notification-list.tsx';
import { hasRole, useCurrentOrg } from '#web/lib/current-org.ts';

interface QuickLink {
  title: string;
  description: string;
  path: string;
  roles?: Role[];
}

const QUICK_LINKS: readonly QuickLink[] = [
  {
    title: 'Mentoring',
    description: 'Join a program, and meet your mentor or mentee in your pair space.',
    path: '/mentoring',
  },
  {
    title: 'My profile',
    description: 'Your stage, interests and availability help us find you the right peers.',
    path: '/profile',
  },
  {
    title: 'People',
    description: 'Everyone in the organisation, their roles and invitations.',
    path: '/people',
    roles: ['org_admin', 'coordinator'],
  },
  {
    title: 'Organisation set-up',
    description: 'Sites, departments, cohorts and rotation terms.',
    path: '/setup',
    roles: ['org_admin'],
  },
  {
    title: 'Import people',
    description: 'Bring in a whole cohort from a spreadsheet.',
    path: '/import',
    roles: ['org_admin'],
  },
  {
    title: 'Crisis resources',
    description: 'The help lines shown behind "Need help now?".',
    path: '/crisis-resources',
    roles: ['org_admin'],
  },
];

export function HomePage() {
  const org = useCurrentOrg();
  const firstName = org.person.name.split(/\s+/)[0] ?? org.person.name;

  return (
    <>
      <PageHeader
        title={`Welcome, ${firstName}`}
        description={`You are part of ${org.orgName} on Kindred: peer mentoring and peer support, by and for doctors in training.`}
      />
      <Stack gap="xl">
        <Group gap="xs" aria-label="Your roles" role="group">
          <Text fw={600} size="sm">
            Your roles:
          </Text>
          {org.roles.map((role) => (
            <Badge key={role} variant="light" size="lg" radius="sm">
              {ROLE_LABELS[role]}
            </Badge>
          ))}
        </Group>
        <NotificationList />
        <section aria-labelledby="quick-links">
          <Title order={2} size="h3" id="quick-links" mb="sm">
            Where to next
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {QUICK_LINKS.filter((link) => !link.roles || hasRole(org, ...link.roles)).map((link) => (
              <Card key={link.path} withBorder component={Link} to={`/o/${org.orgId}${link.path}`} padding="lg">
                <Text fw={700} c="kindred.8">
                  {link.title}
                </Text>
                <Text size="sm" mt={4}>
                  {link.description}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </>
  );
}
