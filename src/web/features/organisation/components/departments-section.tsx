import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useDeleteDepartment } from '../api/delete-department.ts';
import { useDepartments } from '../api/get-departments.ts';
import { useSites } from '../api/get-sites.ts';
import { DepartmentForm } from './department-form.tsx';
import { EditableList } from './editable-list.tsx';

export function DepartmentsSection() {
  const { orgId } = useCurrentOrg();
  const departments = useDepartments(orgId);
  const sites = useSites(orgId);
  const remove = useDeleteDepartment(orgId);
  if (departments.isPending) return <PageLoader label="Loading departments" />;
  if (departments.isError) return <QueryError error={departments.error} onRetry={() => void departments.refetch()} />;
  const siteName = (siteId: string | null) => (siteId ? (sites.data?.find((s) => s.id === siteId)?.name ?? '') : 'All sites');
  return (
    <EditableList
      noun="department"
      items={departments.data}
      emptyText="No departments yet. Add departments or specialties, such as Emergency or General Medicine."
      describe={(department) => siteName(department.siteId)}
      renderForm={(props) => <DepartmentForm {...props} />}
      remove={remove}
    />
  );
}
