import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '#web/components/confirm-modal.tsx';
import { FormError, PageLoader, QueryError } from '#web/components/query-state.tsx';
import { Section } from '#web/components/section.tsx';
import { useDepartments } from '#web/features/organisation/api/get-departments.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { todayIn } from '#web/lib/org-time.ts';
import { useGroupInterest } from '../api/get-group-interest.ts';
import type { GroupProgram } from '../api/get-group-program.ts';
import { useRunGroupAllocation } from '../api/run-group-allocation.ts';
import { AllocationInterested } from './allocation-interested.tsx';
import { AllocationPreview } from './allocation-preview.tsx';
import { plural } from './program-labels.ts';

/** Free places as the engine counts them: a group with a wait-list has none, its places go to the wait-list first. */
function freePlaces(program: GroupProgram, today: string) {
  return program.groups
    .filter((g) => g.closesOn === null || g.closesOn >= today)
    .map((g) => ({ name: g.name, free: g.waiting > 0 ? 0 : Math.max(0, g.maxMembers - g.members - g.offered) }))
    .filter((g) => g.free > 0);
}

/** Place the people who asked for a group: see who is waiting, preview the engine's places, then make them. */
export function AllocationTab({ program }: { program: GroupProgram }) {
  const { orgId, timeZone } = useCurrentOrg();
  const interest = useGroupInterest(orgId, program.id);
  const departments = useDepartments(orgId);
  const preview = useRunGroupAllocation(orgId, program.id);
  const apply = useRunGroupAllocation(orgId, program.id);
  const [confirming, setConfirming] = useState(false);
  if (interest.isPending) return <PageLoader label="Loading who is waiting to be placed" />;
  if (interest.isError) return <QueryError error={interest.error} onRetry={() => void interest.refetch()} />;

  const free = freePlaces(program, todayIn(timeZone));
  const departmentName = (id: string | null) =>
    (id && departments.data?.find((d) => d.id === id)?.name) || 'No department';
  const groupName = (id: string) => program.groups.find((g) => g.id === id)?.name ?? 'A closed group';
  const proposal = preview.data;

  return (
    <Stack gap="xl">
      <Section title="Waiting to be placed">
        {interest.data.length === 0 ? (
          <Text c="dimmed">
            Nobody is waiting to be placed. Members can ask for a place in this program from the peer groups page.
          </Text>
        ) : (
          <AllocationInterested people={interest.data} departmentName={departmentName} groupName={groupName} />
        )}
      </Section>
      <Section title="Allocate">
        <Stack gap="md">
          <Text>
            The matching engine places each person in a group that meets when they are free and is open to them, keeping
            departments together and honouring what they would like where it can. Nothing changes until you confirm.
          </Text>
          <Text size="sm">
            {free.length === 0
              ? 'No group has a free place. Groups with a wait-list give their places to the wait-list first.'
              : `Free places: ${free.map((g) => `${g.name} (${g.free})`).join(', ')}. Groups with a wait-list give their places to the wait-list first.`}
          </Text>
          <FormError message={preview.isError ? errorMessage(preview.error) : null} />
          <Group>
            <Button
              onClick={() => preview.mutate(false, { onSuccess: () => apply.reset() })}
              loading={preview.isPending}
              disabled={interest.data.length === 0}
            >
              {proposal ? 'Preview again' : 'Preview allocation'}
            </Button>
          </Group>
          {apply.data && (
            <Alert
              variant="light"
              color="kindred"
              role="status"
              title={apply.data.applied ? 'Places made' : 'Nobody placed'}
            >
              {apply.data.applied
                ? `${plural(apply.data.placements.length, 'person has', 'people have')} a place now, and ${apply.data.placements.length === 1 ? 'was' : 'were'} told in the app and by e-mail.`
                : 'Since the preview, the free places went to others. Preview again to see who can be placed now.'}
            </Alert>
          )}
          {apply.data?.applied && <AllocationPreview allocation={apply.data} title="Places made" />}
          {proposal && !apply.data && (
            <>
              <AllocationPreview allocation={proposal} title="Proposed places" />
              {proposal.placements.length > 0 && (
                <Group>
                  <Button onClick={() => setConfirming(true)}>
                    Place {plural(proposal.placements.length, 'person', 'people')}
                  </Button>
                </Group>
              )}
            </>
          )}
        </Stack>
      </Section>
      <ConfirmModal
        opened={confirming}
        title="Make these places?"
        confirmLabel="Place them"
        pending={apply.isPending}
        error={apply.isError ? errorMessage(apply.error) : null}
        onClose={() => {
          setConfirming(false);
          apply.reset();
        }}
        onConfirm={() =>
          apply.mutate(true, {
            onSuccess: () => {
              setConfirming(false);
              preview.reset();
            },
          })
        }
      >
        Everyone placed is told in the app and by e-mail. The engine runs once more as you confirm, so anyone who joined
        or left a group since the preview is counted; no group goes over its maximum.
      </ConfirmModal>
    </Stack>
  );
}
