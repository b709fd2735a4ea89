import { ZSiteBody } from '#shared/contracts/organisation.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useCreateSite } from '../api/create-site.ts';
import { useDeleteSite } from '../api/delete-site.ts';
import { useSites } from '../api/get-sites.ts';
import { useUpdateSite } from '../api/update-site.ts';
import { EditableList } from './editable-list.tsx';

const SITE = {
  noun: 'site',
  nameLabel: 'Site name',
  nameDescription: 'A hospital, campus or clinic.',
  schema: ZSiteBody,
};

export function SitesSection() {
  const { orgId } = useCurrentOrg();
  const save = { create: useCreateSite(orgId), update: useUpdateSite(orgId), remove: useDeleteSite(orgId) };
  return (
    <EditableList
      kind={SITE}
      query={useSites(orgId)}
      emptyText="No sites yet. Add the hospitals, campuses or clinics where your people work."
      save={save}
    />
  );
}
