import { Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { counted } from '#shared/counted.ts';
import { PageLoader, QueryError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useTrainingModules } from '../api/get-training-modules.ts';
import { NewTrainingModuleModal } from './new-training-module-modal.tsx';

/** Which training modules a mentor completes before they can be matched. */
export function TrainingGateFields({
  value,
  onChange,
  error,
}: {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}) {
  const { orgId } = useCurrentOrg();
  const modules = useTrainingModules(orgId);
  const [creating, setCreating] = useState(false);
  return (
    <Stack gap="sm">
      {modules.isPending && <PageLoader label="Loading training modules" />}
      {modules.isError && <QueryError error={modules.error} onRetry={() => void modules.refetch()} />}
      {modules.data?.length === 0 && (
        <Text c="dimmed">No training modules yet. Add one, such as “Boundaries and confidentiality”.</Text>
      )}
      {modules.data && modules.data.length > 0 && (
        <Checkbox.Group
          label="Mentors must complete"
          description="Mentors who have not done these yet can apply, but are not matched until they have."
          value={value}
          onChange={onChange}
          error={error}
        >
          <Stack gap="sm" mt="xs">
            {modules.data.map((trainingModule) => (
              <Checkbox
                key={trainingModule.id}
                value={trainingModule.id}
                label={`${trainingModule.title} (about ${counted(trainingModule.minutes, 'minute')})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
      )}
      <Group>
        <Button variant="light" onClick={() => setCreating(true)}>
          Add a training module
        </Button>
      </Group>
      <NewTrainingModuleModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => onChange([...value, created.id])}
      />
    </Stack>
  );
}
