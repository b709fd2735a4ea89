import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { counted } from '#shared/counted.ts';
import { PageHeader } from '#web/components/page-header.tsx';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { formatDate } from '#web/lib/org-time.ts';
import { useCompleteTrainingModule } from '../api/complete-training-module.ts';
import { useTrainingModules } from '../api/get-training-modules.ts';

/** One training module: read it, then mark it as done. */
export function TrainingModulePage() {
  const { moduleId = '' } = useParams();
  const { orgId, timeZone } = useCurrentOrg();
  const modules = useTrainingModules(orgId);
  const complete = useCompleteTrainingModule(orgId);
  const trainingModule = modules.data?.find((m) => m.id === moduleId);
  const back = (
    <Anchor component={Link} to={`/o/${orgId}/mentoring`}>
      Back to Mentoring
    </Anchor>
  );

  if (modules.isPending) return <PageLoader label="Loading training" />;
  if (modules.isError) return <QueryError error={modules.error} onRetry={() => void modules.refetch()} />;
  if (!trainingModule) {
    return (
      <>
        <PageHeader title="Training module not found" />
        <Text mb="md">This module does not exist, or is no longer offered.</Text>
        {back}
      </>
    );
  }

  return (
    <>
      <PageHeader title={trainingModule.title} description={`About ${counted(trainingModule.minutes, 'minute')}`} />
      <Stack gap="lg" maw={720}>
        <Paper withBorder p="lg">
          <Text style={{ whiteSpace: 'pre-wrap' }} lh={1.7}>
            {trainingModule.body}
          </Text>
        </Paper>
        {trainingModule.completedAt ? (
          <Alert color="kindred" variant="light" role="status" title="Done">
            You completed this module on {formatDate(trainingModule.completedAt, timeZone)}.
          </Alert>
        ) : (
          <>
            <FormError message={complete.isError ? errorMessage(complete.error) : null} />
            <Group>
              <Button onClick={() => complete.mutate(trainingModule.id)} loading={complete.isPending}>
                Mark as done
              </Button>
            </Group>
          </>
        )}
        <div>{back}</div>
      </Stack>
    </>
  );
}
