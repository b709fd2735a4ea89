import { Box, Text, Title } from '@mantine/core';
import { ZRotationTermBody, type Cohort } from '#shared/contracts/organisation.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useCreateTerm } from '../api/create-term.ts';
import { useDeleteTerm } from '../api/delete-term.ts';
import { useTerms } from '../api/get-terms.ts';
import { useUpdateTerm } from '../api/update-term.ts';
import { EditableList } from './editable-list.tsx';
import { DatedRecordForm } from './named-record-form.tsx';

const TERM = {
  noun: 'term',
  nameLabel: 'Term name',
  nameDescription: 'For example "Term 1" or "Emergency rotation".',
  schema: ZRotationTermBody,
};

/** A cohort's rotation terms; the server names the date outside the cohort's or overlapping another term. */
export function CohortTerms({ cohort }: { cohort: Cohort }) {
  const { orgId } = useCurrentOrg();
  const save = {
    create: useCreateTerm(orgId, cohort.id),
    update: useUpdateTerm(orgId, cohort.id),
    remove: useDeleteTerm(orgId, cohort.id),
  };
  const dates = (range: { startsOn: string; endsOn: string }) =>
    `${formatCalendarDate(range.startsOn)} – ${formatCalendarDate(range.endsOn)}`;
  const runs = `${formatCalendarDate(cohort.startsOn)} to ${formatCalendarDate(cohort.endsOn)}`;

  return (
    <Box mt="md" pl={{ base: 0, sm: 'md' }} style={{ borderLeft: '3px solid var(--mantine-color-kindred-2)' }} px="sm">
      <Title order={4} size="h6" mb="xs">
        Rotation terms
      </Title>
      <EditableList
        kind={TERM}
        headingOrder={5}
        context={cohort.name}
        query={useTerms(orgId, cohort.id)}
        order={(a, b) => a.startsOn.localeCompare(b.startsOn)}
        emptyText="No terms yet. Terms lie within their cohort's dates and cannot overlap."
        describe={dates}
        save={save}
        renderForm={(props) => (
          <DatedRecordForm
            {...props}
            within={cohort}
            note={
              <Text size="sm" c="dimmed">
                {cohort.name} runs from {runs}; its terms lie within those dates.
              </Text>
            }
          />
        )}
      />
    </Box>
  );
}
