import { ZDepartmentBody } from '#shared/contracts/organisation.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useCreateDepartment } from '../api/create-department.ts';
import { useDeleteDepartment } from '../api/delete-department.ts';
import { useDepartments } from '../api/get-departments.ts';
import { useSites } from '../api/get-sites.ts';
import { useUpdateDepartment } from '../api/update-department.ts';
import { DepartmentForm } from './department-form.tsx';
import { EditableList } from './editable-list.tsx';

const DEPARTMENT = { noun: 'department', nameLabel: 'Department or specialty', schema: ZDepartmentBody };

export function DepartmentsSection() {
  const { orgId } = useCurrentOrg();
  const sites = useSites(orgId);
  const save = {
    create: useCreateDepartment(orgId),
    update: useUpdateDepartment(orgId),
    remove: useDeleteDepartment(orgId),
  };
  const siteName = (siteId: string | null) =>
    siteId ? (sites.data?.find((s) => s.id === siteId)?.name ?? '') : 'All sites';
  return (
    <EditableList
      kind={DEPARTMENT}
      query={useDepartments(orgId)}
      emptyText="No departments yet. Add departments or specialties, such as Emergency or General Medicine."
      describe={(department) => siteName(department.siteId)}
      save={save}
      renderForm={(props) => <DepartmentForm {...props} sites={sites.data ?? []} />}
    />
  );
}
