import { Badge, Card, Group, Stack, Title } from '@mantine/core';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useProfile } from '../api/get-profile.ts';
import { useSensitiveAttributes } from '../api/get-sensitive-attributes.ts';
import { NameForm } from './name-form.tsx';
import { OwnAssessorsSection } from './own-assessors-section.tsx';
import { PartnerContactSection } from './partner-contact-section.tsx';
import { ProfileForm } from './profile-form.tsx';
import { SensitiveAttributesForm } from './sensitive-attributes-form.tsx';

export function ProfilePage() {
  const { orgId, orgName } = useCurrentOrg();
  const profile = useProfile(orgId);
  const sensitive = useSensitiveAttributes(orgId);

  return (
    <>
      <PageHeader
        title="My profile"
        description={`What you share here helps ${orgName} match you with the right peers and mentors.`}
      />
      <Stack gap="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="name-heading">
          <Title order={2} size="h3" id="name-heading" mb="md">
            Name
          </Title>
          <NameForm />
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="profile-heading">
          <Title order={2} size="h3" id="profile-heading" mb="md">
            About you
          </Title>
          {profile.isPending && <PageLoader label="Loading your profile" />}
          {profile.isError && <QueryError error={profile.error} onRetry={() => void profile.refetch()} />}
          {profile.data && <ProfileForm profile={profile.data} />}
        </Card>
        <PartnerContactSection />
        <Card withBorder padding="lg" component="section" aria-labelledby="private-heading" bg="kindred.0">
          <Group gap="sm" mb="md">
            <Title order={2} size="h3" id="private-heading">
              Private to you
            </Title>
            <Badge variant="filled" radius="sm">
              Only you can see this
            </Badge>
          </Group>
          {sensitive.isPending && <PageLoader label="Loading" />}
          {sensitive.isError && <QueryError error={sensitive.error} onRetry={() => void sensitive.refetch()} />}
          {sensitive.data && <SensitiveAttributesForm saved={sensitive.data} />}
        </Card>
        <OwnAssessorsSection />
      </Stack>
    </>
  );
}
