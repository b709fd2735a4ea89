import { Alert, Stack, Text } from '@mantine/core';
import { CrisisResourceList } from '#web/components/crisis-resource-list.tsx';
import { useCrisisResources } from '#web/features/crisis/api/get-crisis-resources.ts';
import { GENERIC_CRISIS_RESOURCES } from '#web/features/crisis/generic-crisis-resources.ts';
import { useCurrentOrg } from '#web/lib/current-org.ts';

/**
 * Emergency numbers first, then who can be called at any hour: the organisation's crisis list, or the generic
 * help lines while it loads, cannot load, or is empty (help must not depend on the network).
 */
export function CrisisNumbers() {
  const { orgId, orgName } = useCurrentOrg();
  const { data } = useCrisisResources(orgId);
  const own = data && data.resources.length > 0 ? data.resources : null;
  return (
    <Stack gap="md">
      <Alert color="red" variant="light" title="In immediate danger?">
        Call your local emergency number now (000, 111, 999, 911 or 112), or go to the nearest emergency department.
      </Alert>
      <Text>{own ? `Support available at ${orgName}, any time:` : 'These help lines are open now:'}</Text>
      <CrisisResourceList resources={own ?? GENERIC_CRISIS_RESOURCES} />
    </Stack>
  );
}
