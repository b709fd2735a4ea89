import { Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Program } from '#shared/contracts/mentoring.ts';
import { FormError } from '#web/components/query-state.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { isApiError } from '#web/lib/api-client.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useCloneProgram } from '../api/clone-program.ts';

/** Next year's program from this one (or, once made, a link to it), and succession: this year's mentees asked to mentor the next interns. */
export function NextYearButton({ program }: { program: Program }) {
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const clone = useCloneProgram(orgId, program.id);
  const [opened, setOpened] = useState(false);
  const [inviteMentees, setInviteMentees] = useState(true);
  const close = () => {
    setOpened(false);
    clone.reset();
  };
  const open = (programId: string) => {
    setOpened(false);
    clone.reset();
    void navigate(`/o/${orgId}/mentoring/programs/${programId}/manage`);
  };
  return (
    <>
      {/* Once set up, the same component links to it: it stays mounted, so the dialog's success still navigates. */}
      {program.nextProgramId ? (
        <Button
          component={Link}
          to={`/o/${orgId}/mentoring/programs/${program.nextProgramId}/manage`}
          variant="light"
          size="sm"
        >
          Next year's program
        </Button>
      ) : (
        <Button variant="light" size="sm" onClick={() => setOpened(true)}>
          Set up next year's program
        </Button>
      )}
      <Modal opened={opened} onClose={close} title="Set up next year's program?" centered>
        <Stack>
          <Text>
            A new program starts with this one's settings and its dates a year on. Each cohort becomes next year's
            namesake where there is one (PGY1 2027 becomes PGY1 2028); check the cohorts and rotation terms in the new
            program's settings before applications open.
          </Text>
          <Checkbox
            label="Invite this year's mentees to mentor"
            description="They get an e-mail and a notification asking them to apply as mentors, and may apply as mentors even before they move to next year's cohort."
            checked={inviteMentees}
            onChange={(event) => setInviteMentees(event.currentTarget.checked)}
          />
          <FormError message={clone.isError ? errorMessage(clone.error) : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              loading={clone.isPending}
              onClick={() =>
                clone.mutate(
                  { inviteMenteesToMentor: inviteMentees },
                  {
                    onSuccess: ({ program: created }) => open(created.id),
                    // A second click (or a colleague) got there first: go to the program that click set up.
                    onError: (error) => {
                      if (isApiError(error, 'already_set_up') && error.existingId) open(error.existingId);
                    },
                  },
                )
              }
            >
              Set up next year's program
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
