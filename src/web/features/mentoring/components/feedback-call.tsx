import { Alert, Button, Group, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { useFeedbackStatus } from '../api/get-feedback-status.ts';
import { ROUND_LABELS } from './feedback-labels.ts';

/** "Give feedback" when a round of a program I am in is open and I have not answered it; nothing otherwise. */
export function FeedbackCall({ program }: { program: { id: string; name: string } }) {
  const { orgId } = useCurrentOrg();
  const status = useFeedbackStatus(orgId, program.id);
  const due = status.data?.rounds.find((round) => round.open && !round.answered);
  if (!due) return null;
  return (
    <Alert color="kindred" variant="light" title={`How is ${program.name} going?`}>
      <Text size="sm">Four quick questions, about two minutes. Your answers are not linked to your name.</Text>
      <Group mt="sm">
        <Button component={Link} to={`/o/${orgId}/mentoring/programs/${program.id}/feedback/${due.round}`} size="sm">
          Give {ROUND_LABELS[due.round].toLowerCase()} feedback
        </Button>
      </Group>
    </Alert>
  );
}
