import { Checkbox, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  SENSITIVE_ATTRIBUTE_LABELS,
  SENSITIVE_ATTRIBUTES,
  type SensitiveAttributes,
} from '#shared/contracts/profile.ts';
import { FormError } from '#web/components/query-state.tsx';
import { SaveButton } from '#web/components/save-status.tsx';
import { useCurrentOrg } from '#web/lib/current-org.ts';
import { errorMessage } from '#web/lib/form-errors.ts';
import { useSaveSensitiveAttributes } from '../api/save-sensitive-attributes.ts';

/** Privacy rule 2: nobody but the person sees these, and matching uses them only with consent. */
export function SensitiveAttributesForm({ saved }: { saved: SensitiveAttributes }) {
  const { orgId } = useCurrentOrg();
  const save = useSaveSensitiveAttributes(orgId);
  const [values, setValues] = useState<SensitiveAttributes>(saved);

  function change(next: SensitiveAttributes) {
    setValues(next);
    save.reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save.mutate(values);
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text>
          Some people would rather talk to a peer who shares part of their life. If that is you, tell us here.{' '}
          <strong>
            Nobody else can see these answers: not your peers, not your coordinator, not the organisation&rsquo;s
            admins.
          </strong>{' '}
          Kindred uses them only to suggest matches, and only if you tick the consent box below. All of this is
          optional.
        </Text>
        <FormError message={save.isError ? errorMessage(save.error) : null} />
        <Checkbox.Group
          label="This describes me"
          value={values.attributes}
          onChange={(attributes) => change({ ...values, attributes: attributes as SensitiveAttributes['attributes'] })}
        >
          <Stack gap="xs" mt="xs">
            {SENSITIVE_ATTRIBUTES.map((attribute) => (
              <Checkbox key={attribute} value={attribute} label={SENSITIVE_ATTRIBUTE_LABELS[attribute]} size="md" />
            ))}
          </Stack>
        </Checkbox.Group>
        <Checkbox
          size="md"
          label="Use these when suggesting matches for me"
          description="You can untick this at any time; matching then ignores them."
          checked={values.consentToMatching}
          onChange={(e) => change({ ...values, consentToMatching: e.currentTarget.checked })}
        />
        <SaveButton pending={save.isPending} saved={save.isSuccess}>
          Save private details
        </SaveButton>
      </Stack>
    </form>
  );
}
