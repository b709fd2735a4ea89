import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useDeleteSite } from '../api/delete-site.ts';
import { useSites } from '../api/get-sites.ts';
import { EditableList } from './editable-list.tsx';
import { SiteForm } from './site-form.tsx';

export function SitesSection() {
  const { orgId } = useCurrentOrg();
  const sites = useSites(orgId);
  const remove = useDeleteSite(orgId);
  if (sites.isPending) return <PageLoader label="Loading sites" />;
  if (sites.isError) return <QueryError error={sites.error} onRetry={() => void sites.refetch()} />;
  return (
    <EditableList
      noun="site"
      items={sites.data}
      emptyText="No sites yet. Add the hospitals, campuses or clinics where your people work."
      renderForm={(props) => <SiteForm {...props} />}
      remove={remove}
    />
  );
}
