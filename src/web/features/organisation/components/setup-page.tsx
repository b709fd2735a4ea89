import { Tabs, Title } from '@mantine/core';
import { PageHeader } from '#web/components/page-header.tsx';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { UrlTabs } from '#web/components/url-tabs.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useOrganisation } from '../api/get-organisation.ts';
import { CohortsSection } from './cohorts-section.tsx';
import { DepartmentsSection } from './departments-section.tsx';
import { OrganisationDetailsForm } from './organisation-details-form.tsx';
import { SitesSection } from './sites-section.tsx';

const TABS = [
  { value: 'organisation', label: 'Organisation' },
  { value: 'sites', label: 'Sites' },
  { value: 'departments', label: 'Departments' },
  { value: 'cohorts', label: 'Cohorts & terms' },
] as const;

export function SetupPage() {
  const { orgId } = useCurrentOrg();
  const organisation = useOrganisation(orgId);

  return (
    <>
      <PageHeader
        title="Organisation set-up"
        description="The places and groups your people belong to. Programs, matching and reports build on these."
      />
      <UrlTabs tabs={TABS}>
        {TABS.map((t) => (
          <Tabs.Panel key={t.value} value={t.value}>
            <Title order={2} size="h3" mb="md">
              {t.label}
            </Title>
            {t.value === 'organisation' &&
              (organisation.isPending ? (
                <PageLoader />
              ) : organisation.isError ? (
                <QueryError error={organisation.error} onRetry={() => void organisation.refetch()} />
              ) : (
                <OrganisationDetailsForm organisation={organisation.data} />
              ))}
            {t.value === 'sites' && <SitesSection />}
            {t.value === 'departments' && <DepartmentsSection />}
            {t.value === 'cohorts' && <CohortsSection />}
          </Tabs.Panel>
        ))}
      </UrlTabs>
    </>
  );
}
