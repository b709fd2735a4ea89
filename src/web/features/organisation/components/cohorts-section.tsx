import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useDeleteCohort } from '../api/delete-cohort.ts';
import { useCohorts } from '../api/get-cohorts.ts';
import { CohortForm } from './cohort-form.tsx';
import { CohortTerms } from './cohort-terms.tsx';
import { EditableList } from './editable-list.tsx';

export function CohortsSection() {
  const { orgId } = useCurrentOrg();
  const cohorts = useCohorts(orgId);
  const remove = useDeleteCohort(orgId);
  if (cohorts.isPending) return <PageLoader label="Loading cohorts" />;
  if (cohorts.isError) return <QueryError error={cohorts.error} onRetry={() => void cohorts.refetch()} />;
  return (
    <EditableList
      noun="cohort"
      items={cohorts.data}
      emptyText='No cohorts yet. A cohort is a group that trains together, such as "PGY1 2027".'
      describe={(cohort) => `${formatCalendarDate(cohort.startsOn)} – ${formatCalendarDate(cohort.endsOn)}`}
      renderForm={(props) => <CohortForm {...props} />}
      renderDetails={(cohort) => <CohortTerms cohort={cohort} />}
      remove={remove}
    />
  );
}
