import { ZCohortBody } from '#shared/contracts/organisation.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useCreateCohort } from '../api/create-cohort.ts';
import { useDeleteCohort } from '../api/delete-cohort.ts';
import { useCohorts } from '../api/get-cohorts.ts';
import { useUpdateCohort } from '../api/update-cohort.ts';
import { CohortTerms } from './cohort-terms.tsx';
import { EditableList } from './editable-list.tsx';
import { DatedRecordForm } from './named-record-form.tsx';

const COHORT = {
  noun: 'cohort',
  nameLabel: 'Cohort name',
  nameDescription: 'For example "PGY1 2027" or "Year 5 medicine".',
  schema: ZCohortBody,
};

export function CohortsSection() {
  const { orgId } = useCurrentOrg();
  const save = { create: useCreateCohort(orgId), update: useUpdateCohort(orgId), remove: useDeleteCohort(orgId) };
  return (
    <EditableList
      kind={COHORT}
      query={useCohorts(orgId)}
      emptyText='No cohorts yet. A cohort is a group that trains together, such as "PGY1 2027".'
      describe={(cohort) => `${formatCalendarDate(cohort.startsOn)} – ${formatCalendarDate(cohort.endsOn)}`}
      save={save}
      renderForm={(props) => <DatedRecordForm {...props} />}
      renderDetails={(cohort) => <CohortTerms cohort={cohort} />}
    />
  );
}
