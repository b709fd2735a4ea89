import { Box, Title } from '@mantine/core';
import type { Cohort } from '#shared/contracts/organisation.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { formatCalendarDate } from '#web/lib/org-time.ts';
import { useDeleteTerm } from '../api/delete-term.ts';
import { useTerms } from '../api/get-terms.ts';
import { EditableList } from './editable-list.tsx';
import { TermForm } from './term-form.tsx';

export function CohortTerms({ cohort }: { cohort: Cohort }) {
  const { orgId } = useCurrentOrg();
  const terms = useTerms(orgId, cohort.id);
  const remove = useDeleteTerm(orgId, cohort.id);

  return (
    <Box mt="md" pl={{ base: 0, sm: 'md' }} style={{ borderLeft: '3px solid var(--mantine-color-kindred-2)' }} px="sm">
      <Title order={4} size="h6" mb="xs">
        Rotation terms
      </Title>
      {terms.isPending && <PageLoader label="Loading terms" />}
      {terms.isError && <QueryError error={terms.error} onRetry={() => void terms.refetch()} />}
      {terms.data && (
        <EditableList
          noun="term"
          headingOrder={5}
          context={cohort.name}
          items={[...terms.data].sort((a, b) => a.startsOn.localeCompare(b.startsOn))}
          emptyText="No terms yet. Terms lie within their cohort's dates and cannot overlap."
          describe={(term) => `${formatCalendarDate(term.startsOn)} – ${formatCalendarDate(term.endsOn)}`}
          renderForm={(props) => <TermForm cohort={cohort} {...props} />}
          remove={remove}
        />
      )}
    </Box>
  );
}
