import { Alert, Button, Loader, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { CrisisResourceList } from '#web/components/crisis-resource-list.tsx';
import { useCrisisResources } from '../api/get-crisis-resources.ts';
import { GENERIC_CRISIS_RESOURCES } from '../generic-crisis-resources.ts';

/** "Need help now?" on every page (DESIGN.md C7): the organisation's list, or generic numbers without one. */
export function CrisisHelpButton({ orgId, orgName }: { orgId?: string; orgName?: string }) {
  const [opened, { open, close }] = useDisclosure(false);
  const { data, isPending, isError } = useCrisisResources(orgId);
  const orgResources = orgId && data && data.resources.length > 0 ? data.resources : null;

  return (
    <>
      <Button color="red.9" size="sm" onClick={open} aria-haspopup="dialog">
        Need help now?
      </Button>
      <Modal opened={opened} onClose={close} title="Need help now?" size="lg" fullScreen={false} centered>
        <Stack gap="md">
          <Alert color="red" variant="light" title="In immediate danger?">
            Call your local emergency number now (000, 111, 999, 911 or 112), or go to the nearest emergency department.
          </Alert>
          {orgResources ? (
            <>
              <Text>Support available {orgName ? `at ${orgName}` : 'to you'}, any time:</Text>
              <CrisisResourceList resources={orgResources} />
            </>
          ) : (
            <>
              {orgId && isPending && !isError && (
                <Text c="dimmed" size="sm">
                  <Loader size="xs" mr="xs" aria-hidden />
                  Loading your organisation&rsquo;s list. These help lines are open now:
                </Text>
              )}
              <CrisisResourceList resources={GENERIC_CRISIS_RESOURCES} />
            </>
          )}
          <Text size="sm" c="dimmed">
            Talking to someone you trust, your GP, or your employee assistance program can help too. You do not have to
            be in crisis to call.
          </Text>
        </Stack>
      </Modal>
    </>
  );
}
